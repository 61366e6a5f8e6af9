// eleventy-img ships no type declarations: declare the part this project uses.
declare module "@11ty/eleventy-img" {
  /** One generated file of an image, as eleventy-img's metadata lists it. */
  export interface ImageFormatEntry {
    url: string;
    srcset: string;
    width: number;
    height: number;
  }

  /** Every generated file, by format. */
  export type ImageMetadata = Record<string, ImageFormatEntry[]>;

  export interface ImageOptions {
    formats?: string[];
    widths?: Array<number | "auto">;
    outputDir?: string;
    urlPath?: string;
    htmlOptions?: {
      imgAttributes?: Record<string, string>;
      pictureAttributes?: Record<string, string>;
    };
  }

  /** An element as `generateObject` describes it: `{ tag: { attribute: value, "@children": [...] } }`. */
  export type ImageHtmlObject = Record<string, Record<string, unknown>>;

  /** Generates (or finds in its cache) every format and width of an image, and returns their metadata. */
  function image(src: string, options: ImageOptions): Promise<ImageMetadata>;
  namespace image {
    /** The `<picture>` (or `<img>`) for generated images, as an object, from the `<img>` attributes given. */
    function generateObject(
      metadata: ImageMetadata,
      imgAttributes: Record<string, string>,
      pictureAttributes: Record<string, string>,
      options: ImageOptions,
    ): ImageHtmlObject;
  }
  export default image;
}
