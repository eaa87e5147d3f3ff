/*! FOC Timeline embed helper (MIT). Include once, anywhere, async is fine:
 *  <script async src="https://YOUR-HOST/foc/embed.js"></script>
 * - sizes every <iframe data-foc-timeline> to its content, trusting only messages whose
 *   source is that iframe's window and whose origin is that iframe's origin;
 * - passes this page's #event=<id> fragment on to the timelines, and scrolls this page to that
 *   event's detail in one of them (the one keeping the address, else the first): the reader
 *   followed a link to it;
 * - for an iframe with data-foc-timeline-hash, keeps this page's #event=<id> in step with the
 *   event its reader opens or closes, so this page's address links to it;
 * - scrolls this page to what the reader just moved to in a timeline (an opened event's
 *   detail, the marker of one closed), which a frame sized to its content cannot do itself. */
(function () {
  "use strict";
  var SELECTOR = "iframe[data-foc-timeline]";
  var MIN_HEIGHT = 160;
  var MAX_HEIGHT = 20000;
  // The frames whose current page knows it is sized to its content (see askHeight below).
  var told = new WeakSet();
  // The frame to bring its linked event into sight, until it has (see linked below).
  var toReveal = new WeakSet();
  // The frames reloading for this page's #event=: what their old page still sends is stale.
  var leaving = new WeakSet();
  // The event each frame shows, as far as this page knows: the one it was sent to, then the one
  // its reader opened (or null, closed). Before either, its src's.
  var shows = new WeakMap();

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  function hostEvent() {
    var match = /^#(?:.*&)?event=([a-z0-9-]{1,80})(?:&|$)/.exec(location.hash);
    return match ? match[1] : null;
  }

  function shown(frame) {
    if (shows.has(frame)) return shows.get(frame);
    try {
      return new URL(frame.src, location.href).searchParams.get("event");
    } catch (e) {
      return null;
    }
  }

  // Loads the frame with this page's #event=<id>, if it shows another; whether it did. In place:
  // a new src would add an entry to the reader's history, and Back would then stay on this page
  // with its address and the timeline out of step.
  function follow(frame) {
    var id = hostEvent();
    if (!id || shown(frame) === id) return false;
    var url = new URL(frame.src, location.href);
    url.searchParams.set("event", id);
    told.delete(frame);
    leaving.add(frame);
    shows.set(frame, id);
    try {
      frame.contentWindow.location.replace(url.href);
    } catch (e) {
      frame.src = url.href;
    }
    return true;
  }

  // A timeline has loaded when the iframe no longer holds its initial about:blank (changing src
  // before then can abort both navigations): its document is another origin's (unreadable), or
  // it is this page's origin and has an address of its own.
  function loaded(frame) {
    try {
      var href = frame.contentWindow.location.href;
      return !!href && href !== "about:blank";
    } catch (e) {
      return true;
    }
  }

  function onceLoaded(frame, then) {
    if (loaded(frame)) return then();
    frame.addEventListener("load", function handler() {
      if (!loaded(frame)) return;
      frame.removeEventListener("load", handler);
      then();
    });
  }

  function askHeight(frame) {
    var origin = originOf(frame);
    if (frame.contentWindow && origin) {
      frame.contentWindow.postMessage({ type: "foc-timeline:measure" }, origin);
    }
    askReveal(frame);
  }

  function askReveal(frame) {
    var origin = originOf(frame);
    if (toReveal.has(frame) && frame.contentWindow && origin) {
      frame.contentWindow.postMessage({ type: "foc-timeline:reveal-open" }, origin);
    }
  }

  // This page was opened, or moved, to #event=<id>: the reader came for that event, so once a
  // timeline has it open, this page scrolls to it (its reveal message, below). One timeline
  // only: the one keeping the address, else the first.
  function linked() {
    if (!hostEvent()) return;
    var all = frames();
    var lead = all.filter(function (frame) {
      return frame.hasAttribute("data-foc-timeline-hash");
    })[0] || all[0];
    if (lead) toReveal.add(lead);
  }

  function resize(frame, data) {
    if (typeof data.height !== "number" || !isFinite(data.height)) return;
    var height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(data.height)));
    frame.style.height = height + "px";
    // A height request also tells the page that its frame follows its content (so it lays
    // itself out as one flowing column). One sent before the page listened was lost: ask
    // once more, now that it has spoken.
    if (!told.has(frame)) {
      told.add(frame);
      askHeight(frame);
    }
  }

  // Brings a part of the frame (top and bottom on its page, in CSS pixels) into sight, with a
  // margin: its top when it is taller than the window. The frame first takes the page's height,
  // which may have just grown. Nothing moves when the part is in sight already.
  var MARGIN = 16;
  function reveal(frame, data) {
    if (typeof data.top !== "number" || typeof data.bottom !== "number") return;
    if (!isFinite(data.top) || !isFinite(data.bottom) || data.bottom < data.top) return;
    resize(frame, data);
    var box = frame.getBoundingClientRect();
    var top = box.top + Math.max(0, Math.min(data.top, box.height));
    var bottom = box.top + Math.max(0, Math.min(data.bottom, box.height));
    var room = window.innerHeight;
    if (top >= MARGIN && bottom <= room - MARGIN) return;
    var by = top < MARGIN || bottom - top > room - 2 * MARGIN ? top - MARGIN : bottom - (room - MARGIN);
    window.scrollBy(0, by);
  }

  // In place (no history entry: the frame made one), and without a hashchange, so the frames
  // are not reloaded. A fragment of the page's own (#section) is left alone on closing.
  function keepHash(frame, data) {
    if (!frame.hasAttribute("data-foc-timeline-hash")) return;
    var id = data.event;
    var hash;
    if (typeof id === "string" && /^[a-z0-9-]{1,80}$/.test(id)) hash = "#event=" + id;
    else if (id === null && /^#event=[a-z0-9-]{1,80}$/.test(location.hash)) hash = "";
    else return;
    if (hash !== location.hash) history.replaceState(history.state, "", location.pathname + location.search + hash);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) return;
      if (leaving.has(frame)) return;
      if (data.type === "foc-timeline:resize") resize(frame, data);
      else if (data.type === "foc-timeline:event") {
        if (data.event === null || typeof data.event === "string") shows.set(frame, data.event);
        keepHash(frame, data);
      }
      else if (data.type === "foc-timeline:reveal") {
        toReveal.delete(frame);
        reveal(frame, data);
      }
    });
  });

  // Every page the frame loads is asked afresh. It may have sent its height before this script
  // was listening: ask again, unless it is reloaded for this page's #event= (the new page
  // speaks first).
  function onLoad(frame) {
    leaving.delete(frame);
    told.delete(frame);
    if (!follow(frame)) askHeight(frame);
  }

  function init() {
    linked();
    frames().forEach(function (frame) {
      onceLoaded(frame, function () {
        onLoad(frame);
        frame.addEventListener("load", function () {
          onLoad(frame);
        });
      });
    });
  }

  window.addEventListener("hashchange", function () {
    linked();
    frames().forEach(function (frame) {
      // A frame that already shows the event is asked now; one reloaded, once it speaks.
      if (!follow(frame)) askReveal(frame);
    });
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
