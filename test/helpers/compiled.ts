/**
 * A module of the compiled build (dist/), for tests that need the .js files on disk (a worker
 * thread starts from them; `npm test` compiles first). dist/ carries no type declarations: the
 * module is typed as the source it is compiled from, which the caller names.
 */
export async function compiled<Source>(path: string): Promise<Source> {
  return (await import(new URL(`../../dist/${path}`, import.meta.url).href)) as Source;
}
