// Where in the Dockerfile the image's base comes from: the FROM of the final stage, followed back
// through `FROM <earlier stage>` to the stage that names an outside image. A finding in one of the
// base image's layers is fixed by changing that line (a newer base), so that is where SARIF
// results and annotations point.
import { parseDockerfile } from '../lint/dockerfile/parse.js';

export interface BaseFrom {
  /** 1-based line of the FROM. */
  line: number;
  /** The image it names, as written (`python:3.12-slim`, `${BASE}`). */
  image: string;
}

/** null when the file has no FROM the parser reaches. */
export function baseFrom(dockerfile: string): BaseFrom | null {
  const stages = parseDockerfile(dockerfile)
    .instructions.filter((i) => i.keyword === 'FROM')
    .map((i) => {
      const words = i.args.split(/\s+/).filter(Boolean);
      const alias = words[1]?.toLowerCase() === 'as' && words[2] ? words[2].toLowerCase() : null;
      return { line: i.line, image: words[0] ?? '', alias };
    });
  let at = stages.length - 1;
  if (at < 0) return null;
  // Each step goes to an earlier stage, so this ends.
  for (;;) {
    const stage = stages[at] as (typeof stages)[number];
    const from = stage.image.toLowerCase();
    const earlier = stages.slice(0, at).map((s, i) => ({ ...s, i })).reverse().find((s) => s.alias === from);
    if (!earlier) return { line: stage.line, image: stage.image };
    at = earlier.i;
  }
}
