import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * A script's options, parsed strictly: an unknown option, a missing value or
 * a stray argument stops the script with its usage line before it starts a
 * long build, where hand-written parsing let a typo pass unnoticed.
 */
export function scriptOptions<const Options extends NonNullable<ParseArgsConfig["options"]>>(
  script: string,
  usage: string,
  options: Options,
  args: string[] = process.argv.slice(2),
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // parseArgs says, in English, which option is unknown or lacks its value.
    throw new Error(`${script}: ${error instanceof Error ? error.message : error}. Gebruik: ${usage}`);
  }
}
