declare module '@mozilla/readability/Readability-readerable.js' {
  /** The CommonJS module exports the function itself. */
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}
