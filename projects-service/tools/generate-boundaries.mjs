// Extracts the boundaries of the six countries the centre covers from Natural Earth's 1:10m admin-0
// countries, as redistributed in TopoJSON by the npm package world-atlas, into the GeoJSON resource
// the service loads at start (src/main/resources/reference/country-boundaries.geojson).
//
// Run once when the source is updated, from this folder, and commit the output:
//   npm ci && npm run boundaries
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, "../src/main/resources/reference/country-boundaries.geojson");

// ISO 3166-1 numeric (world-atlas's ids) to alpha-2 (the service's codes).
const COUNTRIES = { "398": "KZ", "417": "KG", "762": "TJ", "795": "TM", "860": "UZ", "004": "AF" };
// About 11 m: finer than the source's quantisation grid (about 0.0036 by 0.0017 degrees).
const DECIMALS = 4;

const atlasPackage = require("world-atlas/package.json");
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8"));

const round = (value) => Number(value.toFixed(DECIMALS));
const roundRing = (ring) => dropRepeats(ring.map(([lon, lat]) => [round(lon), round(lat)]));

function dropRepeats(ring) {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

function roundGeometry(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: "MultiPolygon",
    coordinates: polygons.map((polygon) => polygon.map(roundRing).filter((ring) => ring.length >= 4)),
  };
}

const features = topology.objects.countries.geometries
  .filter((geometry) => geometry.id in COUNTRIES)
  .map((geometry) => feature(topology, geometry))
  .map((country) => ({
    type: "Feature",
    id: COUNTRIES[country.id],
    properties: { code: COUNTRIES[country.id], name: country.properties.name, m49: country.id },
    geometry: roundGeometry(country.geometry),
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

const missing = Object.values(COUNTRIES).filter((code) => !features.some((f) => f.id === code));
if (missing.length > 0) {
  throw new Error(`Not in the atlas: ${missing.join(", ")}`);
}

const collection = {
  type: "FeatureCollection",
  source: `Natural Earth 1:10m admin-0 countries (public domain), from world-atlas ${atlasPackage.version}`,
  features,
};
// One feature per line: readable diffs without a multi-megabyte pretty print.
const body = features.map((f) => "  " + JSON.stringify(f)).join(",\n");
const header = JSON.stringify({ type: collection.type, source: collection.source }).slice(0, -1);
writeFileSync(output, `${header},"features":[\n${body}\n]}\n`);
for (const f of features) {
  const points = f.geometry.coordinates.flat(2).length;
  console.log(`${f.id} ${f.properties.name}: ${f.geometry.coordinates.length} polygon(s), ${points} points`);
}
