// The package's browser-safe entry ("@vigil/db/alert-schemas"): the schemas the web forms share with
// the API. Only zod, @vigil/taxonomy and @vigil/gazetteer/countries may be imported from here on down.
export * from "./schemas/alert.ts";
export * from "./schemas/review.ts";
