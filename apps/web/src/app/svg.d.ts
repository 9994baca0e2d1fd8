/** SVG files are imported as their text (the `.svg: text` loader of the Angular build). */
declare module '*.svg' {
  const content: string;
  export default content;
}
