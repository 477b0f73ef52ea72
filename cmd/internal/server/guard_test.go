package server

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
)

func TestHostsAllow(t *testing.T) {
	name, _ := os.Hostname()
	name = strings.ToLower(name)
	short, _, _ := strings.Cut(name, ".")
	for _, tc := range []struct {
		bind  string
		allow []string
		deny  []string
	}{
		{"127.0.0.1",
			[]string{"127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "localhost.:8080", "[::1]:8080", "[::1]", "localhost", "127.0.0.2:1", "handbook.localhost:8080"},
			[]string{"evil.example:8080", "evil.example", "127.0.0.1.evil.example:8080", "localhost.evil.example", "192.168.1.5:8080", "0.0.0.0:8080", "", ":8080", short + ":8080"}},
		{"localhost",
			[]string{"localhost:8080", "127.0.0.1:8080", "[::1]:8080"},
			[]string{"evil.example:8080", "10.0.0.1:8080"}},
		{"::1",
			[]string{"[::1]:8080", "localhost:8080"},
			[]string{"evil.example:8080"}},
		{"0.0.0.0",
			[]string{"localhost:8080", "192.168.1.5:8080", "[fe80::1%25eth0]:8080", "10.0.0.1", name + ":8080", short + ":8080", short + ".local:8080"},
			[]string{"evil.example:8080", "192.168.1.5.nip.io:8080", ""}},
		{"192.168.1.5",
			[]string{"192.168.1.5:8080", "localhost:8080", short + ".local:8080"},
			[]string{"evil.example:8080"}},
		{"handbook.lan",
			[]string{"handbook.lan:8080", "HANDBOOK.LAN:8080", "192.168.1.5:8080"},
			[]string{"evil.example:8080"}},
	} {
		h := newHosts(tc.bind)
		for _, host := range tc.allow {
			if !h.allow(host) {
				t.Errorf("bound to %s: Host %q refused", tc.bind, host)
			}
		}
		for _, host := range tc.deny {
			if h.allow(host) {
				t.Errorf("bound to %s: Host %q answered", tc.bind, host)
			}
		}
	}
}

// testServer is a server with a built site in memory, not listening.
func testServer(files map[string]string) *Server {
	s := New(Options{Bind: "127.0.0.1"})
	s.files = map[string][]byte{}
	for p, b := range files {
		s.files[p] = []byte(b)
	}
	return s
}

func TestServeHTTPRefusesOtherHosts(t *testing.T) {
	s := testServer(map[string]string{"index.html": "<body>home</body>"})
	for host, want := range map[string]int{
		"localhost:8080": 200, "127.0.0.1:8080": 200, "[::1]:8080": 200,
		"evil.example:8080": 403, "evil.example": 403, "": 403,
	} {
		for _, p := range []string{"/", "/_tokki/status", "/_tokki/live.js"} {
			r := httptest.NewRequest("GET", p, nil)
			r.Host = host
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			if w.Code != want {
				t.Errorf("Host %q, GET %s: %d, want %d", host, p, w.Code, want)
			}
			if want == 403 && (strings.Contains(w.Body.String(), "home") || !strings.Contains(w.Body.String(), "only requests for this machine")) {
				t.Errorf("Host %q, GET %s: body %q", host, p, w.Body.String())
			}
		}
	}
}

// A folder is redirected to its path with a slash, always a path on this
// site: "//guide" once went to "//guide/", a host named guide.
func TestRedirectStaysOnSite(t *testing.T) {
	s := testServer(map[string]string{
		"guide/index.html": "<body>guide</body>", "evil.example/index.html": "<body>x</body>",
		"設計 ?#/index.html": "<body>y</body>",
	})
	for in, want := range map[string]string{
		"/guide":                       "/guide/",
		"//guide":                      "/guide/",
		"///guide":                     "/guide/",
		"//evil.example":               "/evil.example/",
		"/./evil.example":              "/evil.example/",
		"/guide/../evil.example":       "", // refused: ".."
		"/%2F%2Fguide":                 "/guide/",
		"/%E8%A8%AD%E8%A8%88%20%3F%23": "/%E8%A8%AD%E8%A8%88%20%3F%23/",
	} {
		r := httptest.NewRequest("GET", "/", nil)
		u, err := url.ParseRequestURI(in) // as the server reads "GET //guide HTTP/1.1"
		if err != nil {
			t.Fatal(err)
		}
		r.URL, r.RequestURI, r.Host = u, in, "localhost:8080"
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		loc := w.Header().Get("Location")
		if want == "" {
			if loc != "" {
				t.Errorf("GET %s redirected to %q", in, loc)
			}
			continue
		}
		if w.Code != http.StatusMovedPermanently || loc != want {
			t.Errorf("GET %s: %d to %q, want a redirect to %q", in, w.Code, loc, want)
		}
	}
}

func TestEventStreamsAreLimited(t *testing.T) {
	s := testServer(nil)
	ts := httptest.NewServer(s)
	defer ts.Close()
	defer s.hub.close() // end the open streams, so that ts.Close can finish
	open := func() *http.Response {
		t.Helper()
		resp, err := http.Get(ts.URL + "/_tokki/events")
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	for i := range maxStreams {
		resp := open()
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("stream %d: %d", i+1, resp.StatusCode)
		}
	}
	resp := open()
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), fmt.Sprint(maxStreams)) {
		t.Errorf("stream %d: %d %q, want 503", maxStreams+1, resp.StatusCode, body)
	}
	// Pages still load while the streams are full.
	if r, err := http.Get(ts.URL + "/_tokki/live.js"); err != nil || r.StatusCode != 200 {
		t.Errorf("live.js while the streams are full: %v", err)
	} else {
		r.Body.Close()
	}
}
