package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// hub sends server-sent events to every open page: "reload" after a good
// rebuild, "errors" (with the findings) while the handbook cannot be built.
type hub struct {
	mu      sync.Mutex
	clients map[chan event]bool
	closed  bool
}

type event struct {
	name, data string
}

func newHub() *hub { return &hub{clients: map[chan event]bool{}} }

func (h *hub) broadcast(e event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		select {
		case c <- e:
		default: // a stuck page misses an event rather than stalling the server
		}
	}
}

// close ends every stream, so that the server can shut down.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for c := range h.clients {
		close(c)
		delete(h.clients, c)
	}
}

// serveEvents streams events to one page. first is sent on connecting (the
// current errors, if any). At most maxStreams pages listen at once.
func (h *hub) serveEvents(w http.ResponseWriter, r *http.Request, first *event) {
	if _, ok := w.(http.Flusher); !ok {
		http.Error(w, "streaming not supported", http.StatusInternalServerError)
		return
	}
	c := make(chan event, 8)
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
		return
	}
	if len(h.clients) >= maxStreams {
		h.mu.Unlock()
		http.Error(w, msg.Sprintf("%d pages already listen for changes; close some to have this one reload by itself", maxStreams), http.StatusServiceUnavailable)
		return
	}
	h.clients[c] = true
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		if h.clients[c] {
			delete(h.clients, c)
		}
		h.mu.Unlock()
	}()

	// The stream outlives the server's WriteTimeout: each event gets its
	// own write deadline, so that a page that stops reading is let go.
	// (net/http lifts the read deadline itself once the request is read.)
	rc := http.NewResponseController(w)
	send := func(write func()) bool {
		rc.SetWriteDeadline(time.Now().Add(writeTimeout))
		write()
		return rc.Flush() == nil
	}
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if !send(func() {
		fmt.Fprint(w, "retry: 1000\n\n")
		if first != nil {
			writeEvent(w, *first)
		}
	}) {
		return
	}
	keep := time.NewTicker(15 * time.Second)
	defer keep.Stop()
	for {
		ok := true
		select {
		case <-r.Context().Done():
			return
		case e, open := <-c:
			if !open {
				return
			}
			ok = send(func() { writeEvent(w, e) })
		case <-keep.C:
			ok = send(func() { fmt.Fprint(w, ": keep-alive\n\n") })
		}
		if !ok {
			return
		}
	}
}

func writeEvent(w http.ResponseWriter, e event) {
	fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
}

func jsonData(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// liveJS is injected into every page tokki serve sends (never into tokki
// build's output): it reloads the page after a rebuild and shows the
// findings over the page while the handbook cannot be built, with a
// heading in the server's language (the findings come in it too).
func liveJS(lang msg.Lang) string {
	return strings.NewReplacer(
		"HEADING", jsonData(lang.Text("The handbook cannot be built (%d findings)")),
		"EXPLAIN", jsonData(lang.Text("It reloads by itself once fixed; until then this is the last version that could be built.")),
	).Replace(liveTemplate)
}

const liveTemplate = `(function () {
  "use strict";
  var overlay = null;
  function show(findings) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "tokki-overlay";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "tokki-overlay-title");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(26,26,26,.92);color:#fff;font:16px/1.6 sans-serif;padding:2rem";
    var h = document.createElement("h2");
    h.id = "tokki-overlay-title";
    h.textContent = HEADING.replace("%d", findings.length);
    h.style.cssText = "margin:0 0 .5rem;font-size:1.4rem;color:#fff";
    var p = document.createElement("p");
    p.textContent = EXPLAIN;
    var ul = document.createElement("ul");
    ul.style.cssText = "font-family:monospace;padding-left:1.2rem";
    findings.forEach(function (f) {
      var li = document.createElement("li");
      li.textContent = f.file + ":" + f.line + ":" + f.column + ": " + f.message + " [" + f.rule + "]";
      ul.appendChild(li);
    });
    overlay.appendChild(h); overlay.appendChild(p); overlay.appendChild(ul);
    document.body.appendChild(overlay);
  }
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  var es = new EventSource("/_tokki/events");
  es.addEventListener("reload", function () { location.reload(); });
  es.addEventListener("errors", function (e) { show(JSON.parse(e.data)); });
  es.addEventListener("ok", hide);
})();
`
