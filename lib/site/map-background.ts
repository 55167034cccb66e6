import { routes, withBasePath } from "./index";

/**
 * The national maps' background is one shared file (routes.mapBackground,
 * drawn by lib/maps/map.ts) with two shapes, which every map shows with
 * <use>. Apart from the map code so that an island names them without
 * bundling the boundary data.
 */
export const BACKGROUND_SHAPES = { land: "land", borders: "grenzen" } as const;

export type BackgroundShape = (typeof BACKGROUND_SHAPES)[keyof typeof BACKGROUND_SHAPES];

/** The address of one shape of the background, for <use href>. */
export function backgroundHref(shape: BackgroundShape): string {
  return withBasePath(`${routes.mapBackground}#${shape}`);
}
