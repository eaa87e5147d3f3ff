// The benchmark's datasets: our shipped dataset (dist/data/foc.json) scaled up by cloning its
// events, and the same events in TimelineJS's JSON format.
//
// Copy N (1 ≤ N < times) of every event gets the id `<id>-xN` and every date moved N years
// later (29 February becomes 28 February off leap years), so the result stays valid for the
// app's checks (unique slug ids, end not before start, every text and source present) and
// spreads over a longer, denser history. Events stay in chronological order.

/** `date` ("YYYY", "YYYY-MM" or "YYYY-MM-DD") moved `years` later, same precision. */
export function shiftYears(date, years) {
  const [year, month, day] = date.split("-");
  const y = Number(year) + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const d = month === "02" && day === "29" && !leap ? "28" : day;
  return [String(y).padStart(4, "0"), month, d].filter(Boolean).join("-");
}

/** The first day a partial date can mean, as "YYYY-MM-DD" (for sorting). */
const firstDay = (date) => `${date}-01-01`.slice(0, 10);

/** The dataset with `times` copies of every event (copy 0 is the original). */
export function scaleDataset(dataset, times) {
  if (times === 1) return dataset;
  const events = [];
  for (let copy = 0; copy < times; copy++) {
    for (const e of dataset.events) {
      if (copy === 0) {
        events.push(e);
        continue;
      }
      const clone = { ...e, id: `${e.id}-x${copy}`, start: shiftYears(e.start, copy) };
      if (e.end) clone.end = shiftYears(e.end, copy);
      events.push(clone);
    }
  }
  // Array.prototype.sort is stable: same-day events keep the dataset's own order.
  events.sort((a, b) => (firstDay(a.start) < firstDay(b.start) ? -1 : firstDay(a.start) > firstDay(b.start) ? 1 : 0));
  return { ...dataset, events };
}

/** Plain text as HTML (TimelineJS renders `text` as HTML). */
const html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A partial date as TimelineJS's {year, month?, day?}. */
function tlDate(date) {
  const [year, month, day] = date.split("-").map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** The same events in TimelineJS's JSON format, English texts, one group per kind. */
export function toTimelineJs(dataset) {
  return {
    events: dataset.events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.start),
      ...(e.end ? { end_date: tlDate(e.end) } : {}),
      text: { headline: html(e.title.en), text: `<p>${html(e.summary.en)}</p>` },
      group: e.kind,
    })),
  };
}

/** Events of `dataset` that involve a country, as the app's member filter counts them. */
export function eventsInvolving(dataset, code) {
  return dataset.events.filter((e) => (e.members ?? []).includes(code) || e.place?.country === code).length;
}
