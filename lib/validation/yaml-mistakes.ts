// The YAML mistakes the secretariat makes, found by reading the lines the way a
// person wrote them. A YAML parser knows where it gave up, not why: an unquoted
// colon, a missing closing quote or one stray space make it stop lines later, or
// blame the indentation. This module is asked only once the parser has failed, and
// names the cause at the line where the mistake starts.

/** A mistake found in the lines of a YAML text, told in Danish. */
export interface YamlMistake {
  /** 1-based line and column within the text given. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** A block level the lines have opened so far: a group of fields, or a list. */
interface Level {
  indent: number;
  kind: "map" | "seq";
  /** The first line at this level, and the field it names (for a group of fields). */
  line: number;
  key?: string;
}

/** What one line says, split into its parts. */
interface LineParts {
  indent: number;
  /** The line begins with a list item's dash. */
  item: boolean;
  /** Where the field's name or the item's value begins (0-based). */
  contentColumn: number;
  key?: string;
  keyColumn: number;
  /** The text after `key:` or `- `, without a trailing comment; its 0-based column. */
  value: string;
  valueColumn: number;
}

const KEY = /^((?:[^\s#'"[\]{}:,&*!|>%@`-]|-(?!\s))[^:#]*?|"[^"]*"|'[^']*'):(?=\s|$)/;

function splitLine(text: string): LineParts {
  const indent = /^ */.exec(text)?.[0].length ?? 0;
  let column = indent;
  let item = false;
  if (/^-(\s|$)/.test(text.slice(column))) {
    item = true;
    column += 1;
    column += /^\s*/.exec(text.slice(column))?.[0].length ?? 0;
  }
  const rest = text.slice(column);
  const key = KEY.exec(rest);
  if (key === null) return { indent, item, contentColumn: column, keyColumn: column, value: rest, valueColumn: column };
  const afterColon = column + key[0].length;
  const spaces = /^\s*/.exec(text.slice(afterColon))?.[0].length ?? 0;
  return {
    indent,
    item,
    contentColumn: column,
    key: key[1]?.trim().replace(/^["']|["']$/g, ""),
    keyColumn: column,
    value: text.slice(afterColon + spaces),
    valueColumn: afterColon + spaces,
  };
}

/** A list item whose dash is not under the dash of its list's first item (on `list.line`). */
function misalignedItem(line: number, indent: number, list: Level): YamlMistake {
  const shift = list.indent - indent;
  return {
    line,
    column: indent + 1,
    message: "Punktet står ikke på linje med de andre punkter i listen.",
    hint: `Ryk linjen ${Math.abs(shift)} mellemrum ${shift > 0 ? "ind" : "ud"}, så bindestregen står lige under bindestregen på linje ${list.line}.`,
  };
}

/** The index of the quote that ends a quoted value starting at 0, or -1. */
function closingQuote(value: string): number {
  const quote = value[0];
  for (let index = 1; index < value.length; index++) {
    const char = value[index];
    if (quote === '"' && char === "\\") {
      index++;
    } else if (char === quote) {
      if (quote === "'" && value[index + 1] === "'") {
        index++;
      } else {
        return index;
      }
    }
  }
  return -1;
}

/** `key: value` written back, for a hint that shows the corrected line. */
function fieldLine(parts: LineParts, value: string): string {
  return `${parts.item ? "- " : ""}${parts.key === undefined ? "" : `${parts.key}: `}${value}`;
}

/** The text of a value with the quotes a person can copy: double, or single around text with double quotes. */
function quoted(text: string): string {
  return text.includes('"') ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
}

/** Mistakes in a value on its own line: quotes and colons. */
function valueMistake(parts: LineParts, line: number): YamlMistake | undefined {
  const { value, valueColumn } = parts;
  const what = parts.key === undefined ? "Teksten i punktet" : `Teksten i "${parts.key}"`;
  if (value.startsWith('"') || value.startsWith("'")) {
    const end = closingQuote(value);
    if (end === -1) {
      const text = value.slice(1).trimEnd();
      return {
        line,
        column: valueColumn + 1,
        message: "Et anførselstegn åbnes, men lukkes aldrig.",
        hint: `Sæt ${value[0]} i slutningen af teksten: ${fieldLine(parts, `${value[0]}${text}${value[0]}`)}`,
      };
    }
    const after = value.slice(end + 1).trim();
    if (after !== "" && !after.startsWith("#")) {
      // Quotes around the whole text are the person's own, and go; a quote that
      // begins a quoted word (`"Møde" om frivillighed`, where the quote that ends
      // the text early is followed by a space) is part of the text, and stays.
      const written = value.replace(/\s+#.*$/, "").trimEnd();
      const wrapped = written.length > 1 && written.endsWith(value[0] ?? "") && !/\s/.test(value[end + 1] ?? "");
      const whole = wrapped ? written.slice(1, -1) : written;
      const suggestion = quoted(whole);
      return {
        line,
        column: valueColumn + end + 1,
        message: `${what} har anførselstegn inden i anførselstegn, så teksten slutter for tidligt.`,
        hint: `Brug ${suggestion.startsWith("'") ? "enkelte" : "dobbelte"} anførselstegn uden om teksten: ${fieldLine(parts, suggestion)}`,
      };
    }
    return undefined;
  }
  if (parts.key === undefined || /^[[{|>&*!]/.test(value)) return undefined;
  const text = value.replace(/\s+#.*$/, "");
  const colon = /:(\s|$)/.exec(text);
  if (colon === null) return undefined;
  return {
    line,
    column: valueColumn + colon.index + 1,
    message: `${what} har et kolon (:), så den ligner et felt mere.`,
    hint: `Sæt hele teksten i anførselstegn: ${fieldLine(parts, quoted(text.trimEnd()))}`,
  };
}

/** A line that is neither a field nor a list item: its colon, or the space after it, is missing. */
function missingColon(parts: LineParts, line: number): YamlMistake {
  // `title:Møde`: the colon is there, but YAML needs a space after it to see a field.
  const glued = /^([\p{L}\p{N}_-]+):(?=\S)(.*)$/u.exec(parts.value.trimEnd());
  if (glued !== null) {
    const [written, name = "", rest = ""] = glued;
    return {
      line,
      column: parts.contentColumn + name.length + 2,
      message: `Der mangler et mellemrum efter kolonet i ${written}.`,
      hint: `Skriv et mellemrum efter kolonet: ${name}: ${rest}`,
    };
  }
  const word = /^\S+/.exec(parts.value)?.[0] ?? "";
  const rest = parts.value.slice(word.length).trim();
  return {
    line,
    column: parts.contentColumn + word.length + 1,
    message: "Linjen mangler et kolon (:) efter feltets navn.",
    hint: `Skriv kolon og mellemrum efter navnet, fx ${word}: ${rest === "" ? "…" : rest}`,
  };
}

/**
 * Reads the lines of a YAML text as the secretariat writes them (fields, lists
 * with dashes, two spaces a level) and returns every line whose mistake can be
 * named, in order. Only meant for text a YAML parser has rejected: valid but
 * unusual YAML (a quoted text over several lines) can look like a mistake here.
 */
function findYamlMistakes(text: string): YamlMistake[] {
  const mistakes: YamlMistake[] = [];
  const levels: Level[] = [];
  /** The level of the list most recently closed, for an item that missed it. */
  let lastList: Level | undefined;
  /** The indent of a field whose value is on the lines below (`key:`), if the last line was one. */
  let opener: number | undefined;
  /** The indent of a field with a block text (`key: |`): deeper lines belong to the text. */
  let blockText: number | undefined;
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const leading = /^[ \t]*/.exec(raw)?.[0] ?? "";
    if (blockText !== undefined) {
      if (leading.length > blockText) continue;
      blockText = undefined;
    }
    const tab = leading.indexOf("\t");
    if (tab !== -1) {
      mistakes.push({
        line,
        column: tab + 1,
        message: "Linjen er rykket ind med tabulator.",
        hint: "Ryk ind med mellemrum i stedet, to for hvert niveau.",
      });
      opener = undefined;
      continue;
    }
    const parts = splitLine(raw);
    const kind = parts.item ? "seq" : "map";
    const indent = parts.indent;
    const name = parts.key ?? parts.value.trim();

    let placed = false;
    if (opener !== undefined && (indent > opener || (indent === opener && parts.item))) {
      levels.push({ indent, kind, line, ...(parts.key === undefined ? {} : { key: parts.key }) });
      placed = true;
    }
    opener = undefined;
    if (!placed) {
      while ((levels.at(-1)?.indent ?? -1) > indent) {
        const closed = levels.pop();
        if (closed?.kind === "seq") lastList = closed;
      }
      const top = levels.at(-1);
      if (top === undefined) {
        levels.push({ indent, kind, line, ...(parts.key === undefined ? {} : { key: parts.key }) });
      } else if (top.indent === indent && top.kind !== kind) {
        // A dash under an item's fields (`    - name: B` below `  - name: A`) belongs
        // to that item's list; one out at a field's level, to the list closed last.
        const itemList = levels.at(-2)?.kind === "seq" ? levels.at(-2) : undefined;
        const list = kind === "seq" ? (itemList ?? lastList) : top;
        if (kind === "seq" && list !== undefined) {
          mistakes.push(misalignedItem(line, indent, list));
          continue;
        }
        if (kind === "map") {
          mistakes.push({
            line,
            column: indent + 1,
            message: `Feltet "${name}" står ude på højde med listens bindestreg.`,
            hint: `Ryk linjen 2 mellemrum ind, så ${name} står under feltet på linje ${top.line}.`,
          });
          continue;
        }
      } else if (top.indent < indent) {
        // A dash deeper than its list's own: the list is the level above, or one just closed.
        const list = top.kind === "seq" ? top : lastList;
        if (kind === "seq" && list !== undefined && list.indent !== indent) {
          mistakes.push(misalignedItem(line, indent, list));
          continue;
        }
        const extra = indent - top.indent;
        const under = top.key === undefined ? "" : `, så ${name} står lige under ${top.key} på linje ${top.line}`;
        mistakes.push({
          line,
          column: 1,
          message: `Der står ${extra === 1 ? "et mellemrum" : `${extra} mellemrum`} foran "${name}", som ikke hører til.`,
          hint: `Fjern ${extra === 1 ? "mellemrummet" : "mellemrummene"} foran ${name}${under}.`,
        });
        continue;
      }
    }
    if (parts.item && parts.key !== undefined) {
      // `- name: …` opens the item's own group of fields, two columns in.
      levels.push({ indent: parts.contentColumn, kind: "map", line, key: parts.key });
    }
    if (!parts.item && parts.key === undefined) {
      mistakes.push(missingColon(parts, line));
      continue;
    }
    const value = valueMistake(parts, line);
    if (value !== undefined) {
      mistakes.push(value);
      continue;
    }
    const bare = parts.value.replace(/\s+#.*$/, "").trim();
    if (bare === "") opener = parts.key === undefined ? indent : parts.contentColumn;
    if (/^[|>][+-]?\d*$/.test(bare)) blockText = parts.key === undefined ? indent : parts.contentColumn;
  }
  return mistakes;
}

/**
 * The mistake to report for a parser's error at `line`: the one found on that
 * line, else the first one above it, else the nearest below it (a stray space
 * makes the parser stop on the line before, reading on as if the text went on),
 * else undefined: the parser's own position is all there is.
 */
export function diagnoseYamlMistake(text: string, line: number): YamlMistake | undefined {
  const mistakes = findYamlMistakes(text);
  return (
    mistakes.find((mistake) => mistake.line === line) ??
    mistakes.find((mistake) => mistake.line < line) ??
    mistakes.find((mistake) => mistake.line > line)
  );
}
