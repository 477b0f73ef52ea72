package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// raw sends "GET target" to the server exactly as written, with the Host
// header given, as a browser tricked by another site or a hand-made
// request would, and returns the response and its body.
func (s *served) raw(target, host string) (*http.Response, string) {
	s.t.Helper()
	addr := strings.TrimSuffix(strings.TrimPrefix(s.url, "http://"), "/")
	c, err := net.DialTimeout("tcp", addr, deadline)
	if err != nil {
		s.t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(deadline))
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, host)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// A page of another site that has its name resolve to 127.0.0.1 (DNS
// rebinding) must not read the handbook through the browser.
func TestServeRefusesOtherHosts(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	s := startServe(t, writeTree(t, clean))
	port := s.url[strings.LastIndex(s.url, ":")+1 : len(s.url)-1]
	for _, host := range []string{"evil.example:" + port, "evil.example", "127.0.0.1.evil.example:" + port} {
		for _, p := range []string{"/", "/clauses/C-09.html", "/_tokki/status", "/_tokki/events"} {
			resp, body := s.raw(p, host)
			if resp.StatusCode != http.StatusForbidden || strings.Contains(body, "再委託") || strings.Contains(body, `"version"`) {
				t.Errorf("Host %s, GET %s: %d %q, want 403 without the page", host, p, resp.StatusCode, body)
			}
		}
	}
	for _, host := range []string{"localhost:" + port, "127.0.0.1:" + port, "LOCALHOST:" + port} {
		if resp, body := s.raw("/clauses/C-09.html", host); resp.StatusCode != 200 || !strings.Contains(body, "再委託") {
			t.Errorf("Host %s: %d, want the page", host, resp.StatusCode)
		}
	}
}

// A folder's address without its slash is redirected to the same folder on
// this site, whatever the path looked like: never to //host/.
func TestServeNoOpenRedirect(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	s := startServe(t, writeTree(t, clean))
	host := strings.TrimSuffix(strings.TrimPrefix(s.url, "http://"), "/")
	for target, want := range map[string]string{
		"/clauses":         "/clauses/",
		"//clauses":        "/clauses/",
		"///clauses":       "/clauses/",
		"/%2F%2Fclauses":   "/clauses/",
		"//evil.example":   "",
		"//evil.example/":  "",
		"/%5Cevil.example": "",
	} {
		resp, _ := s.raw(target, host)
		loc := resp.Header.Get("Location")
		if want == "" && (loc != "" || resp.StatusCode != 404) {
			t.Errorf("GET %s: %d to %q, want 404", target, resp.StatusCode, loc)
		}
		if want != "" && (resp.StatusCode != http.StatusMovedPermanently || loc != want) {
			t.Errorf("GET %s: %d to %q, want a redirect to %s", target, resp.StatusCode, loc, want)
		}
		if strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, "/\\") || strings.Contains(loc, "://") {
			t.Errorf("GET %s redirected off the site, to %q", target, loc)
		}
	}
}

// A port that is taken is told at once, with exit 2, before the handbook
// is linted or built.
func TestServePortTakenBeforeBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	cmd := exec.Command(tokkiBinary(t), "serve", "--source", writeTree(t, clean), "--bind", "127.0.0.1", "--port", port)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(deadline):
		cmd.Process.Kill()
		<-done
		t.Fatalf("serve did not stop on a taken port:\n%s%s", stdout.String(), stderr.String())
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Errorf("exit %v, want 2", err)
	}
	if !strings.Contains(stderr.String(), "127.0.0.1:"+port+" is taken") || !strings.Contains(stderr.String(), "--port") {
		t.Errorf("stderr does not say the port is taken and what to do: %q", stderr.String())
	}
	if stdout.Len() > 0 {
		t.Errorf("serve linted or built before finding the port taken:\n%s", stdout.String())
	}
}
