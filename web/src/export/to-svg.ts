/**
 * The current view as SVG: what the canvas shows (reducers applied), drawn as
 * vector shapes, scaled to the chosen size. Text stays text, so labels remain
 * searchable and sharp when slides are projected.
 */
import type { ExplorerSigma } from "../graph/display-graph.js";
import { FONT_STACK } from "../../shared/kind-style.js";

export interface SvgSize {
  width: number;
  height: number;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * @example new Blob([viewToSvg(sigma, { width: 1920, height: 1080 })], { type: "image/svg+xml" })
 */
export function viewToSvg(sigma: ExplorerSigma, size: SvgSize): string {
  const { width: viewWidth, height: viewHeight } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const edges: string[] = [];
  const nodes: string[] = [];
  const labels: string[] = [];
  const at = (key: string) => {
    const data = sigma.getNodeDisplayData(key);
    return data && !data.hidden ? { data, point: sigma.framedGraphToViewport(data) } : null;
  };
  graph.forEachEdge((key, _attributes, source, target) => {
    const edge = sigma.getEdgeDisplayData(key);
    const from = at(source);
    const to = at(target);
    if (!edge || edge.hidden || !from || !to) return;
    edges.push(
      `<line x1="${round(from.point.x)}" y1="${round(from.point.y)}" x2="${round(to.point.x)}" y2="${round(to.point.y)}" stroke="${edge.color}" stroke-width="${round(Math.max(0.5, edge.size / 2))}"/>`,
    );
  });
  const labelSize = sigma.getSetting("labelSize");
  graph.forEachNode((key) => {
    const node = at(key);
    if (!node) return;
    const radius = sigma.scaleSize(node.data.size);
    nodes.push(`<circle cx="${round(node.point.x)}" cy="${round(node.point.y)}" r="${round(radius)}" fill="${node.data.color}"/>`);
    // Labels the canvas shows: forced ones and those of nodes big enough on screen.
    if (node.data.label && (node.data.forceLabel || node.data.highlighted || radius >= sigma.getSetting("labelRenderedSizeThreshold"))) {
      labels.push(
        `<text x="${round(node.point.x + radius + 3)}" y="${round(node.point.y + labelSize / 3)}">${escapeXml(node.data.label)}</text>`,
      );
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${viewWidth} ${viewHeight}" preserveAspectRatio="xMidYMid meet">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="edges">${edges.join("")}</g>`,
    `<g class="nodes">${nodes.join("")}</g>`,
    `<g class="labels" font-family='${FONT_STACK}' font-size="${labelSize}" fill="#1f2328">${labels.join("")}</g>`,
    `</svg>`,
  ].join("\n");
}
