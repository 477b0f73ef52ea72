// Package server is tokki serve: it builds the handbook into memory, serves
// it, watches the sources, rebuilds what a change reaches, and reloads the
// open pages. While the handbook cannot be built (lint finds an error) it
// keeps serving the last good site and shows the findings over the page.
// Watching (watch.go) and live reload (live.go) stand apart from the
// rebuild, as Hugo keeps watcher/ and livereload/ apart.
package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/net/netutil"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/lint"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/site"
)

// Options configure a server.
type Options struct {
	Source string        // the handbook root
	Bind   string        // address to listen on, e.g. 127.0.0.1
	Port   int           // 0 picks a free port
	Poll   bool          // poll for changes instead of using file notifications
	Quiet  time.Duration // how long the sources must be still before a rebuild
	Out    io.Writer     // the terminal: the URL, lint findings, rebuild lines
	Site   site.Options  // what the site shows besides the files (the Git history)
	Lang   msg.Lang      // the language of the messages, on the terminal and in the overlay

	// Listener, when set, is the port from Listen; otherwise Run listens
	// on Bind and Port.
	Listener net.Listener
}

// Server serves one handbook.
type Server struct {
	opts   Options
	loader content.Loader
	build  site.Builder
	cache  lint.Cache
	hub    *hub
	hosts  hosts // the Host headers answered

	rebuildMu  sync.Mutex        // one rebuild at a time
	source     fs.FS             // the handbook root, opened by the first rebuild
	lastLoaded *content.Handbook // the handbook as last loaded, for Loader.Update
	indexing   sync.WaitGroup    // search indexes being built in the background

	mu       sync.RWMutex
	files    map[string][]byte // the last good site
	problems []lint.Finding    // errors that keep the handbook from being built
	reported map[string]bool   // findings already printed
	version  int
	ready    chan struct{}
	addr     string
}

// New prepares a server; Run starts it.
func New(opts Options) *Server {
	if opts.Quiet == 0 {
		opts.Quiet = 10 * time.Millisecond
	}
	if opts.Out == nil {
		opts.Out = io.Discard
	}
	s := &Server{opts: opts, hub: newHub(), hosts: newHosts(opts.Bind), ready: make(chan struct{}), reported: map[string]bool{}}
	s.build.Options = opts.Site
	return s
}

// ErrPortInUse is returned by Listen and Run when the port is taken.
var ErrPortInUse = errors.New("port in use")

// Listen opens the port to serve on. tokki serve opens it before anything
// else (Options.Listener), so that a port that is taken is told at once,
// not after the handbook is read and built.
func Listen(bind string, port int) (net.Listener, error) {
	if port < 0 || port > 65535 {
		return nil, msg.Errorf("--port takes a number from 0 to 65535 (0: any free port), not %d", port)
	}
	addr := net.JoinHostPort(bind, strconv.Itoa(port))
	ln, err := net.Listen("tcp", addr)
	var dns *net.DNSError
	switch {
	case err == nil:
		return ln, nil
	case errors.Is(err, syscall.EADDRINUSE):
		return nil, msg.Errorf("%w: %s is taken; choose another with --port, or --port 0 for a free one", ErrPortInUse, addr)
	case errors.Is(err, syscall.EACCES):
		return nil, msg.Errorf("cannot listen on %s: a port below 1024 needs administrator rights; use --port 8080 or another above 1024", addr)
	case errors.Is(err, syscall.EADDRNOTAVAIL), errors.As(err, &dns):
		return nil, msg.Errorf("cannot listen on %s: --bind %s is not an address of this computer; use 127.0.0.1 (this computer only) or 0.0.0.0 (the network)", addr, bind)
	}
	return nil, msg.Errorf("cannot listen on %s; check --bind and --port (the system says: %v)", addr, err)
}

// Run listens (unless given a Listener), builds the site, and serves until
// ctx ends; then it stops the watcher, closes the open pages' streams and
// the server.
func (s *Server) Run(ctx context.Context) error {
	ln := s.opts.Listener
	if ln == nil {
		var err error
		if ln, err = Listen(s.opts.Bind, s.opts.Port); err != nil {
			return err
		}
	}
	s.addr = ln.Addr().String()
	ln = netutil.LimitListener(ln, maxConns)
	s.Rebuild()
	s.mu.Lock()
	if s.files == nil {
		s.logf("the handbook cannot be built yet; serving the findings until it can")
		s.files = map[string][]byte{}
	}
	s.mu.Unlock()

	// A request is read and answered from memory at once; the page
	// streams (live.go) set a write deadline for each event instead.
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}

	// Watch before saying where to look: a change made right after the
	// URL appears must be seen.
	wctx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	if err := watch(wctx, s.opts.Source, s.opts.Poll, s.opts.Quiet, s.rebuild, s.logf); err != nil {
		return err
	}
	fmt.Fprint(s.opts.Out, s.opts.Lang.Sprintf("serving %s at http://%s/ (Ctrl-C to stop)\n", s.opts.Source, s.addr))
	close(s.ready)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		s.hub.close()
		return err
	case <-ctx.Done():
	}
	stopWatch()
	s.hub.close() // streams never go idle; end them so Shutdown can finish
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	fmt.Fprintln(s.opts.Out, s.opts.Lang.Text("stopped"))
	return err
}

// Addr is the address the server listens on, once it does.
func (s *Server) Addr() string {
	<-s.ready
	return s.addr
}

// logf prints a line on the terminal, in the server's language.
func (s *Server) logf(format string, args ...any) {
	fmt.Fprintln(s.opts.Out, s.opts.Lang.Sprintf(format, args...))
}

// Rebuild loads the whole handbook again, lints it and, when it has no
// error, renders what changed and reloads the open pages; otherwise it
// keeps the last good site and shows the errors. The search index follows
// in the background.
func (s *Server) Rebuild() { s.rebuild(nil) }

// rebuild is Rebuild when the watcher knows which files changed (nil: it
// does not): only those are read again.
func (s *Server) rebuild(changed []string) {
	s.rebuildMu.Lock()
	defer s.rebuildMu.Unlock()
	start := time.Now()
	var err error
	if s.source == nil {
		s.source, err = content.DirFS(s.opts.Source)
	}
	var h *content.Handbook
	if err == nil {
		h, err = s.loader.Update(s.source, s.lastLoaded, changed)
	}
	if err == nil {
		s.lastLoaded = h
	}
	if err != nil {
		s.fail([]lint.Finding{{Rule: "load", Severity: lint.Error, File: ".", Message: err.Error()}}, start)
		return
	}
	linted := make(chan []lint.Finding, 1)
	go func() { linted <- lint.Run(h, lint.Options{Cache: &s.cache, Lang: s.opts.Lang}) }()
	built, docs, buildErr := s.build.Build(h)
	findings := <-linted
	s.report(findings)
	var errs []lint.Finding
	for _, f := range findings {
		if f.Severity == lint.Error {
			errs = append(errs, f)
		}
	}
	if buildErr != nil {
		errs = append(errs, lint.Finding{Rule: "build", Severity: lint.Error, File: ".", Message: buildErr.Error()})
	}
	if len(errs) > 0 {
		s.fail(errs, start)
		return
	}

	s.mu.Lock()
	for p, b := range s.files { // keep the current index and downloads until the new ones are ready
		if background(p) {
			built.Files[p] = b
		}
	}
	wasBroken := len(s.problems) > 0
	s.files, s.problems = built.Files, nil
	s.version++
	v := s.version
	s.mu.Unlock()
	rendered, reused := s.build.Rendered()
	s.logf("rebuilt in %s: %d pages rendered, %d reused", time.Since(start).Round(time.Millisecond), rendered, reused)
	if wasBroken {
		s.hub.broadcast(event{"ok", "{}"})
	}
	s.hub.broadcast(event{"reload", fmt.Sprint(v)})

	s.indexing.Add(1)
	go func() {
		defer s.indexing.Done()
		index, _, err := site.IndexFiles(h, docs)
		if err != nil {
			s.logf("search index: %v", err)
			return
		}
		if err := site.Downloads(h, func(p string, b []byte) error {
			index[p] = b
			return nil
		}); err != nil {
			s.logf("downloads: %v", err)
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.version != v {
			return // a newer rebuild brings its own index
		}
		files := make(map[string][]byte, len(s.files))
		for p, b := range s.files {
			if !background(p) {
				files[p] = b
			}
		}
		for p, b := range index {
			files[p] = b
		}
		s.files = files
	}()
}

// background reports whether a file of the site is made after the pages
// are served: the search index and the office downloads.
func background(p string) bool {
	return strings.HasPrefix(p, "search/") || strings.HasPrefix(p, "downloads/")
}

// fail keeps the last good site and shows the errors on every open page.
func (s *Server) fail(errs []lint.Finding, start time.Time) {
	s.mu.Lock()
	s.problems = errs
	s.mu.Unlock()
	s.logf("not rebuilt (%s): %d errors; still serving the last good site", time.Since(start).Round(time.Millisecond), len(errs))
	s.hub.broadcast(event{"errors", jsonData(errs)})
}

// report prints the findings that are new since the last run (the errors
// in full, and many new warnings counted by rule, as tokki build does),
// then a summary line.
func (s *Server) report(findings []lint.Finding) {
	seen := map[string]bool{}
	var fresh []lint.Finding
	for _, f := range findings {
		line := fmt.Sprintf("%s:%d:%d: %s: %s [%s]", f.File, f.Line, f.Column, f.Severity, f.Message, f.Rule)
		seen[line] = true
		if !s.reported[line] {
			fresh = append(fresh, f)
		}
	}
	fixed := 0
	for line := range s.reported {
		if !seen[line] {
			fixed++
		}
	}
	s.reported = seen
	list, summary := lint.Brief(s.opts.Lang, fresh)
	_ = lint.WriteFrom(s.opts.Out, "text", list, "", lint.Base{}, s.opts.Lang)
	if summary != "" {
		s.logf("lint: not listed: %s; run %s to see them", summary, lint.Command(s.opts.Source))
	}
	errs, warns := lint.Count(findings)
	s.logf("lint: %d errors, %d warnings (%d new, %d fixed)", errs, warns, len(fresh), fixed)
}

// ServeHTTP serves the last good site from memory, with the live-reload
// script in every page, and the live-reload endpoints under /_tokki/. It
// answers only requests for this machine (see hosts).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.hosts.allow(r.Host) {
		http.Error(w, "tokki serve answers only requests for this machine: localhost, 127.0.0.1, [::1], "+
			"or with --bind, this machine's addresses and name; open the address tokki serve printed", http.StatusForbidden)
		return
	}
	switch r.URL.Path {
	case "/_tokki/live.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		io.WriteString(w, liveJS(s.opts.Lang))
		return
	case "/_tokki/events":
		var first *event
		s.mu.RLock()
		if len(s.problems) > 0 {
			first = &event{"errors", jsonData(s.problems)}
		}
		s.mu.RUnlock()
		s.hub.serveEvents(w, r, first)
		return
	case "/_tokki/status":
		s.mu.RLock()
		status := struct {
			Version int            `json:"version"`
			Errors  []lint.Finding `json:"errors"`
		}{s.version, s.problems}
		s.mu.RUnlock()
		if status.Errors == nil {
			status.Errors = []lint.Finding{}
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, jsonData(status))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := sitePath(r.URL.Path)
	s.mu.RLock()
	files := s.files
	s.mu.RUnlock()
	body, found := files[name]
	if ok && !found {
		if _, dir := files[path.Join(name, "index.html")]; dir {
			// To the cleaned path, never the path as asked: "//guide/"
			// would send the browser to a host named guide.
			to := (&url.URL{Path: "/" + name + "/"}).EscapedPath()
			http.Redirect(w, r, to, http.StatusMovedPermanently)
			return
		}
	}
	status := http.StatusOK
	if !ok || !found {
		status, name, body = http.StatusNotFound, site.NotFoundURL, files[site.NotFoundURL]
		if body == nil {
			body = []byte("<!DOCTYPE html><html lang=\"ja\"><title>404</title><body><p>ページが見つかりません。</p></body></html>")
		}
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if strings.HasSuffix(name, ".html") {
		ctype = "text/html; charset=utf-8"
		body = injectLive(body)
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// sitePath turns a request path into the site's file name. It refuses any
// path with a ".." segment (decoded or not): nothing outside the site is
// ever served, and the site lives in memory anyway.
func sitePath(p string) (string, bool) {
	if slices.Contains(strings.Split(p, "/"), "..") || strings.Contains(p, "\\") || strings.ContainsRune(p, 0) {
		return "", false
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" || strings.HasSuffix(p, "/") {
		name = path.Join(name, "index.html")
	}
	return filepath.ToSlash(name), true
}

// injectLive adds the live-reload script before </body>.
func injectLive(page []byte) []byte {
	const tag = `<script src="/_tokki/live.js"></script>`
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(slices.Clip(page), tag...)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}
