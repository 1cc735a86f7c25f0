/** The styles the reports use. Chalk gives them on a terminal; elsewhere the text passes through unstyled. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const unstyled = (text: string) => text;

export const NO_COLORS: Colors = {
  red: unstyled,
  yellow: unstyled,
  green: unstyled,
  cyan: unstyled,
  dim: unstyled,
  bold: unstyled,
};

/** Chalk at its basic 16 colours, loaded only when there is a terminal to colour. */
export async function terminalColors(): Promise<Colors> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
