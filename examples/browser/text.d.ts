/** esbuild's `text` loader (see build.ts): a .txt import is the file's contents. */
declare module '*.txt' {
  const text: string;
  export default text;
}
