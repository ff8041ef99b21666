import { useId } from "react";
import { getMapGeometry } from "@/components/map/geometry";
import { CONTEXT_ID, MAP_HEIGHT, MAP_WIDTH, mapAssetUrl } from "@/components/map/map-asset";

export interface MapCountry {
  /** ISO 3166-1 alpha-2 code, as in `listCountryCounts`. */
  key: string;
  name: string;
  count: number;
}

interface Props {
  countries: MapCountry[];
  /** A server component may take functions; this one never reaches the client. */
  hrefFor: (code: string) => string;
  /** The figure's caption, also the map's accessible name. */
  label: string;
  /** "11 initiatives": the localized count, part of each link's name. */
  countLabel: (count: number) => string;
  /** Keep the caption for assistive technology only, when a heading already says it. */
  hideLabel?: boolean;
}

const WIDTH = MAP_WIDTH;
const HEIGHT = MAP_HEIGHT;

/* Sequential teal scale, lightest to darkest in light mode and the reverse in dark mode, so more
 * initiatives always means more contrast with the page. Index 0 is for countries with none. */
const FILLS = [
  "fill-white dark:fill-slate-700",
  "fill-teal-100 dark:fill-teal-950",
  "fill-teal-200 dark:fill-teal-900",
  "fill-teal-300 dark:fill-teal-800",
  "fill-teal-500 dark:fill-teal-700",
  "fill-teal-700 dark:fill-teal-500",
];

function fillFor(count: number, max: number): string {
  if (count <= 0 || max <= 0) return FILLS[0]!;
  const step = Math.ceil((count / max) * (FILLS.length - 1));
  return FILLS[Math.min(step, FILLS.length - 1)]!;
}

/** Wide enough for the digits: a pill rather than a circle past two digits. */
function badgeWidth(text: string): number {
  return Math.max(30, 12 + text.length * 9);
}

/**
 * Choropleth of Central Asia linking each country to its listing; drawn on the server, with the
 * shapes themselves in a static SVG file that every fill and link refers to (map-asset.ts).
 */
export function CentralAsiaMap({ countries, hrefFor, label, countLabel, hideLabel }: Props) {
  const id = useId();
  const captionId = `${id}-caption`;
  const { countries: shapes } = getMapGeometry(WIDTH, HEIGHT);
  const byCode = new Map(countries.map((country) => [country.key, country]));
  const max = Math.max(0, ...countries.map((country) => country.count));
  const asset = mapAssetUrl();
  const shapeHref = (code: string) => `${asset}#${code}`;
  // Tab order follows the caller's order (the database's sort order), not the drawing order.
  const linked = countries.flatMap((country) => {
    const shape = shapes.find((candidate) => candidate.code === country.key);
    return shape ? [{ country, shape }] : [];
  });

  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-labelledby={captionId}
        className="block h-auto w-full rounded-xl"
      >
        <rect width={WIDTH} height={HEIGHT} className="fill-sky-100 dark:fill-slate-900" />
        <use
          href={shapeHref(CONTEXT_ID)}
          className="fill-slate-200 stroke-white stroke-1 dark:fill-slate-800 dark:stroke-slate-700"
        />
        <g className="stroke-slate-400 stroke-1 dark:stroke-slate-950">
          {shapes.map((shape) => (
            <use
              key={shape.code}
              href={shapeHref(shape.code)}
              className={fillFor(byCode.get(shape.code)?.count ?? 0, max)}
            />
          ))}
        </g>
        {/* Links come after every fill so a focused country's outline is never painted over by
            its neighbour; their own fill is transparent until hovered or focused. */}
        {linked.map(({ country, shape }) => {
          const text = String(country.count);
          const width = badgeWidth(text);
          return (
            <a
              key={country.key}
              href={hrefFor(country.key)}
              aria-label={`${country.name}: ${countLabel(country.count)}`}
              className="group outline-none"
            >
              <title>{`${country.name}: ${countLabel(country.count)}`}</title>
              <use
                href={shapeHref(country.key)}
                className="fill-transparent stroke-transparent stroke-3 group-hover:fill-slate-950/10 group-hover:stroke-slate-900 group-focus-visible:fill-slate-950/10 group-focus-visible:stroke-slate-900 dark:group-hover:fill-white/10 dark:group-hover:stroke-white dark:group-focus-visible:fill-white/10 dark:group-focus-visible:stroke-white"
              />
              {/* The map shrinks with the screen; on phones the badges shrink less, to stay legible. */}
              <g
                aria-hidden="true"
                className="origin-center [transform-box:fill-box] max-sm:scale-[1.6]"
              >
                <rect
                  x={Math.round((shape.labelX - width / 2) * 10) / 10}
                  y={shape.labelY - 15}
                  width={width}
                  height={30}
                  rx={15}
                  className="fill-white stroke-teal-700 stroke-[1.5] group-hover:stroke-slate-900 group-focus-visible:stroke-slate-900 dark:fill-slate-950 dark:stroke-teal-300 dark:group-hover:stroke-white dark:group-focus-visible:stroke-white"
                />
                <text
                  x={shape.labelX}
                  y={shape.labelY}
                  textAnchor="middle"
                  dominantBaseline="central"
                  className="fill-slate-900 text-[15px] font-semibold tabular-nums dark:fill-white"
                >
                  {text}
                </text>
              </g>
            </a>
          );
        })}
      </svg>
      <figcaption
        id={captionId}
        className={hideLabel ? "sr-only" : "mt-2 text-sm text-slate-600 dark:text-slate-400"}
      >
        {label}
      </figcaption>
    </figure>
  );
}
