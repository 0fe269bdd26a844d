// Build option for the renderer: every module the start path imports statically goes into one
// chunk. Left to itself the splitter cut the start path into ~95 small chunks, which the browser
// fetched one request each before running any of them. Screens and dialogs loaded later keep
// their own chunks and import what they share from this one.
export const startInOneChunk = {
  groups: [{ name: 'start', tags: ['$initial' as const] }]
}

// The start chunk is one file by design (~1.3 MB minified): warn only when it grows
// well past that, not at the bundler's default 500 kB.
export const startChunkWarningKb = 1600
