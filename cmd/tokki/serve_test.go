package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The serve tests run the real binary, as an editor does, and wait for
// what they expect with generous deadlines; they never assert a duration.
const deadline = 2 * time.Minute // a hang guard only: CI machines are shared and slow

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

func tokkiBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tokki-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "tokki")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = err
			binPath = string(out)
		}
	})
	if binErr != nil {
		t.Fatalf("go build: %v\n%s", binErr, binPath)
	}
	return binPath
}

// runBinary runs the built binary in dir ("" for the current folder) with
// a deadline, so that a hang fails the test instead of blocking it. stdout,
// when not nil, receives the standard output (which is then not returned).
func runBinary(t *testing.T, dir string, stdout *os.File, args ...string) (code int, out []byte, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, tokkiBinary(t), args...)
	cmd.Dir = dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if stdout != nil {
		cmd.Stdout = stdout
	}
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("tokki %s did not finish in %s (a read that blocks?)\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), deadline, o.String(), e.String())
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return code, o.Bytes(), e.String()
}

// runTokki is runBinary with the standard output returned as text.
func runTokki(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	code, out, stderr := runBinary(t, dir, nil, args...)
	return code, string(out), stderr
}

// served is a running `tokki serve`.
type served struct {
	t      *testing.T
	cmd    *exec.Cmd
	url    string
	mu     sync.Mutex
	out    strings.Builder
	events chan string // "reload", "errors", "ok"
}

func startServe(t *testing.T, dir string, args ...string) *served {
	t.Helper()
	cmd := exec.Command(tokkiBinary(t), append([]string{"serve", "--source", dir, "--port", "0"}, args...)...)
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &served{t: t, cmd: cmd, events: make(chan string, 100)}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		re := regexp.MustCompile(`http://[^ ]+/`)
		for sc.Scan() {
			s.mu.Lock()
			s.out.WriteString(sc.Text() + "\n")
			s.mu.Unlock()
			if m := re.FindString(sc.Text()); m != "" {
				urls <- m
			}
		}
	}()
	select {
	case s.url = <-urls:
	case <-time.After(deadline):
		t.Fatalf("serve printed no URL:\n%s", s.output())
	}
	// Listen to the live-reload stream, as a page does.
	resp, err := http.Get(s.url + "_tokki/events")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	go func() {
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				s.events <- name
			}
		}
	}()
	return s
}

func (s *served) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// await waits for the event, skipping others.
func (s *served) await(name string) {
	s.t.Helper()
	timeout := time.After(deadline)
	for {
		select {
		case e := <-s.events:
			if e == name {
				return
			}
		case <-timeout:
			s.t.Fatalf("no %q event; serve said:\n%s", name, s.output())
		}
	}
}

func (s *served) get(p string) (int, string) {
	s.t.Helper()
	resp, err := http.Get(s.url + p)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// eventually polls a page until it satisfies ok.
func (s *served) eventually(p string, ok func(int, string) bool, what string) {
	s.t.Helper()
	end := time.Now().Add(deadline)
	for time.Now().Before(end) {
		if ok(s.get(p)) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("%s never happened on %s; serve said:\n%s", what, p, s.output())
}

func TestServe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := writeTree(t, clean)
	s := startServe(t, dir)
	clause := filepath.Join(dir, "clauses", "c09.md")

	code, page := s.get("clauses/C-09.html")
	if code != 200 || !strings.Contains(page, `<script src="/_tokki/live.js"></script>`) {
		t.Fatalf("the clause page: %d, live script injected: %v", code, strings.Contains(page, "live.js"))
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
		t.Error("serve wrote public/")
	}

	// An in-place edit.
	edit(t, clause, func(s string) string { return s + "\n追記その一。\n" })
	s.await("reload")
	s.eventually("clauses/C-09.html", func(c int, b string) bool { return strings.Contains(b, "追記その一") }, "the edit showing")

	// Saving through a rename, as vim, JetBrains and VS Code do, with an
	// editor's swap file beside it.
	os.WriteFile(filepath.Join(dir, "clauses", ".c09.md.swp"), []byte("swap"), 0o644)
	tmp := filepath.Join(dir, "clauses", "c09.md.tmp")
	b, _ := os.ReadFile(clause)
	os.WriteFile(tmp, append(b, "\n追記その二。\n"...), 0o644)
	if err := os.Rename(tmp, clause); err != nil {
		t.Fatal(err)
	}
	s.await("reload")
	s.eventually("clauses/C-09.html", func(c int, b string) bool { return strings.Contains(b, "追記その二") }, "the renamed save showing")

	// A new folder with a page in it.
	os.MkdirAll(filepath.Join(dir, "content", "notes"), 0o755)
	time.Sleep(100 * time.Millisecond) // let the watcher add the folder before the file lands (either order must work)
	os.WriteFile(filepath.Join(dir, "content", "notes", "memo.md"), []byte("---\ntitle: 新しいメモ\n---\n\nメモの本文。\n"), 0o644)
	s.eventually("notes/memo.html", func(c int, b string) bool { return c == 200 && strings.Contains(b, "メモの本文") }, "the new folder's page")

	// Broken front matter: the last good site stays, the page shows the
	// findings, and they go when the file is fixed.
	good, _ := os.ReadFile(clause)
	os.WriteFile(clause, []byte(strings.Replace(string(good), "title: 再委託の禁止", "title: [再委託", 1)), 0o644)
	s.await("errors")
	_, status := s.get("_tokki/status")
	if !strings.Contains(status, `"file":"clauses/c09.md"`) || !strings.Contains(status, `"rule":"frontmatter"`) {
		t.Errorf("status does not name the broken file: %s", status)
	}
	if _, p := s.get("clauses/C-09.html"); !strings.Contains(p, "追記その二") {
		t.Error("the last good page is not served while the handbook is broken")
	}
	if !strings.Contains(s.output(), "clauses/c09.md:") {
		t.Errorf("the terminal does not show the finding:\n%s", s.output())
	}
	os.WriteFile(clause, good, 0o644)
	s.await("reload")
	s.eventually("_tokki/status", func(c int, b string) bool { return strings.Contains(b, `"errors":[]`) }, "the errors clearing")

	// Nothing outside the site.
	for _, p := range []string{"../go.mod", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fetc%2fpasswd", "clauses/../../c09.md", "clauses/c09.md"} {
		req, _ := http.NewRequest("GET", s.url+p, nil)
		req.URL.Opaque = "/" + p // send the path as written, unnormalised
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 404 {
			t.Errorf("GET /%s: %d, want 404", p, resp.StatusCode)
		}
	}

	// A signal stops everything.
	s.cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve ended with %v", err)
		}
	case <-time.After(deadline):
		t.Fatal("serve did not stop on SIGINT")
	}
	if c, err := net.Dial("tcp", strings.TrimSuffix(strings.TrimPrefix(s.url, "http://"), "/")); err == nil {
		c.Close()
		t.Error("the port is still open after serve stopped")
	}
}

func TestServePolling(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := writeTree(t, clean)
	s := startServe(t, dir, "--poll")
	edit(t, filepath.Join(dir, "clauses", "c09.md"), func(s string) string { return s + "\nポーリングで見つける。\n" })
	s.await("reload")
	s.eventually("clauses/C-09.html", func(c int, b string) bool { return strings.Contains(b, "ポーリングで見つける") }, "the edit showing")
}

func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	code, _, errs := tokki(t, "serve", "--source", writeTree(t, clean), "--port", strconv.Itoa(port))
	if code != 2 || !strings.Contains(errs, "is taken") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func edit(t *testing.T, p string, f func(string) string) {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(f(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
}
