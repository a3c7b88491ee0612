"use strict";
// The overview is server-rendered; while the study computes, poll and reload once it is ready.
(function () {
  if (document.getElementById("computing")) C.whenReady(() => location.reload());
  else C.api("/api/status").then(C.setStatus).catch(() => {});
})();
