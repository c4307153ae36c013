// Basic accessibility checks of the open page, run in the browser: the page's language,
// headings in order, charts and images with a text alternative, labelled form fields, and
// the contrast of every piece of visible text against what is behind it (WCAG AA, 4.5:1),
// and no two texts of a chart (labels, legend, axes) drawn over each other.
(() => {
  const problems = [];
  if (document.documentElement.lang !== "sv") problems.push(`lang is "${document.documentElement.lang}"`);
  const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
  if (levels[0] !== 1 || levels.filter((level) => level === 1).length !== 1) {
    problems.push(`headings must start with one h1: ${levels.join(",")}`);
  }
  levels.forEach((level, index) => {
    if (index && level > levels[index - 1] + 1) problems.push(`h${level} follows h${levels[index - 1]}`);
  });
  for (const svg of document.querySelectorAll("svg")) {
    const ids = (svg.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    const texts = ids.map((id) => (document.getElementById(id)?.textContent || "").trim());
    if (svg.getAttribute("role") !== "img" || texts.length < 2 || texts.some((text) => !text)) {
      problems.push("a chart without role=img, a title and a description");
    }
  }
  for (const svg of document.querySelectorAll("svg")) {
    const boxes = [...svg.querySelectorAll("text")].map((t) => [t.textContent, t.getBoundingClientRect()]);
    boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
      const apart = p.right <= q.left || q.right <= p.left || p.bottom <= q.top || q.bottom <= p.top;
      if (!apart && p.width && q.width) problems.push(`chart texts "${a}" and "${b}" overlap`);
    }));
  }
  for (const img of document.querySelectorAll("img")) if (!img.hasAttribute("alt")) problems.push("an image without alt");
  for (const field of document.querySelectorAll("input:not([type=hidden]), textarea, select")) {
    if (!field.labels || !field.labels.length) problems.push(`a field without a label: ${field.name}`);
  }
  const channels = (colour) => colour.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const linear = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const behind = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const colour = channels(getComputedStyle(e).backgroundColor);
      if (colour.length === 3 || colour[3] > 0) return colour.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let checked = 0;
  let weakest = 21;
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    const element = walker.currentNode.parentElement;
    if (!text || element.closest("title, desc, style") || !element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden") continue;
    const ink = channels(element instanceof SVGElement ? style.fill : style.color).slice(0, 3);
    const ratio = contrast(ink, behind(element));
    checked += 1;
    weakest = Math.min(weakest, ratio);
    if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}:1 for "${text.slice(0, 40)}"`);
  }
  return { problems, checked, weakest };
})()
