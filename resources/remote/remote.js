"use strict";
// Supple's remote page: polls the state twice a second and posts the button presses.
// Every address is relative to the page's own, which carries the token.
(function () {
  const $ = (id) => document.getElementById(id);

  function show(state) {
    $("offline").hidden = true;
    const labels = { playing: state.session ? "" : "Clip playing", paused: "Paused", stopped: "Stopped" };
    $("phase").textContent = state.session ? (state.status === "paused" ? "Paused · " : "") + state.phase : labels[state.status] || "";
    $("step").textContent = state.step;
    $("side").textContent = state.side ? state.side + " side" : "";
    $("countdown").textContent = state.countdown === null ? "" : String(state.countdown);
    $("next").textContent = state.next ? "Next: " + state.next : "";
    $("play_pause").textContent = state.status === "playing" ? "Pause" : "Resume";
    $("start").disabled = state.session;
    for (const id of ["previous", "next_step", "add_time", "stop"]) {
      $(id).disabled = !state.session && (id === "add_time" || id === "stop");
    }
    document.body.dataset.status = state.status;
  }

  async function poll() {
    try {
      const response = await fetch("state", { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      show(await response.json());
    } catch (e) {
      $("offline").hidden = false;
    }
  }

  async function send(command) {
    try {
      const response = await fetch("do/" + command, { method: "POST", cache: "no-store" });
      if (response.ok) show(await response.json());
    } catch (e) {
      $("offline").hidden = false;
    }
  }

  for (const button of document.querySelectorAll("button[data-command]")) {
    button.addEventListener("click", () => send(button.dataset.command));
  }
  poll();
  setInterval(poll, 500);
})();
