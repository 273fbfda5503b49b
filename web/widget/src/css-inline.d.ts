// Type of Vite's `?inline` CSS imports: the stylesheet as a string (the widget injects it into its shadow root).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
