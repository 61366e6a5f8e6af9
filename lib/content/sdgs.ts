/**
 * The UN Sustainable Development Goals by number, with their official Danish
 * names (Verdensmålene).
 */
export const SDG_NAMES: Readonly<Record<number, string>> = {
  1: "Afskaf fattigdom",
  2: "Stop sult",
  3: "Sundhed og trivsel",
  4: "Kvalitetsuddannelse",
  5: "Ligestilling mellem kønnene",
  6: "Rent vand og sanitet",
  7: "Bæredygtig energi",
  8: "Anstændige jobs og økonomisk vækst",
  9: "Industri, innovation og infrastruktur",
  10: "Mindre ulighed",
  11: "Bæredygtige byer og lokalsamfund",
  12: "Ansvarligt forbrug og produktion",
  13: "Klimaindsats",
  14: "Livet i havet",
  15: "Livet på land",
  16: "Fred, retfærdighed og stærke institutioner",
  17: "Partnerskaber for handling",
};

/**
 * The Danish name of a goal.
 * @example sdgName(17) // "Partnerskaber for handling"
 */
export function sdgName(goal: number): string {
  const name = SDG_NAMES[goal];
  if (name === undefined) throw new RangeError(`No Sustainable Development Goal ${goal}`);
  return name;
}
