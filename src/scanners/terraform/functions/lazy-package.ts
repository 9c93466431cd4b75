/**
 * A package that Terraform functions need only for some configurations (yaml, re2js): imported
 * once, when the scanner sees a file that can reach those functions, then used synchronously by
 * the functions, which cannot await.
 */
export interface LazyPackage<T> {
  /** Imports the package (once); the scanner awaits this before evaluating such a file. */
  load(): Promise<void>;
  /** The package, or undefined while load() has not finished. */
  get(): T | undefined;
}

/**
 * `importer` imports the package dynamically (`() => import(name)`); `probe` names an export
 * the namespace must have. The bundle hands a CommonJS package imported dynamically over as
 * `default` only; when the probe is missing, the default export is taken.
 */
export function lazyPackage<T extends object>(importer: () => Promise<unknown>, probe: keyof T): LazyPackage<T> {
  let loaded: T | undefined;
  return {
    async load() {
      if (loaded) return;
      const namespace = (await importer()) as T & { default?: T };
      loaded = typeof namespace[probe] === "function" ? namespace : namespace.default!;
    },
    get: () => loaded,
  };
}
