// Served by apps/web/vite/borders-plugin.ts.
declare module "virtual:vigil-borders" {
  const packed: import("./border-codec.ts").PackedBorders;
  export default packed;
}
