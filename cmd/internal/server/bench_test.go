package server

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokki-handbook/tokki/cmd/internal/synth"
)

// BenchmarkChangeToServed measures what an editor waits for: from saving a
// clause to the new page being served — the watcher's notice, the quiet
// period, load, lint, the rebuild, the reload event, and the GET of the
// page with the new text. On this repository's handbook and on synthetic
// ones of 1,000 and 10,000 pages.
func BenchmarkChangeToServed(b *testing.B) {
	for _, c := range []struct {
		name  string
		setup func(dir string) (clause, page string)
	}{
		{"handbook=repository", func(dir string) (string, string) {
			for _, d := range []string{"clauses", "checklist", "content"} {
				copyTree(b, filepath.Join("..", "..", "..", d), filepath.Join(dir, d))
			}
			return "clauses/c09-subcontracting.md", "clauses/C-09.html"
		}},
		{"pages=1000", synthetic(b, 1000)},
		{"pages=10000", synthetic(b, 10000)},
	} {
		b.Run(c.name, func(b *testing.B) {
			dir := b.TempDir()
			clause, page := c.setup(dir)
			s := New(Options{Source: dir, Bind: "127.0.0.1"})
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- s.Run(ctx) }()
			defer func() { cancel(); <-done }()
			url := "http://" + s.Addr() + "/"
			resp, err := http.Get(url + "_tokki/events")
			if err != nil {
				b.Fatal(err)
			}
			defer resp.Body.Close()
			reloads := make(chan struct{}, 16)
			go func() {
				sc := bufio.NewScanner(resp.Body)
				for sc.Scan() {
					if sc.Text() == "event: reload" {
						reloads <- struct{}{}
					}
				}
			}()
			p := filepath.Join(dir, filepath.FromSlash(clause))
			orig, _ := os.ReadFile(p)
			b.ResetTimer()
			for i := range b.N {
				b.StopTimer()
				s.indexing.Wait() // the previous change's search index, built in the background
				marker := fmt.Sprintf("変更の印%d", i)
				// The editor's save is not ours to time (on this disk,
				// rewriting a file in place can take 100 ms).
				os.WriteFile(p, append(append([]byte{}, orig...), "\n"+marker+"\n"...), 0o644)
				b.StartTimer()
				select {
				case <-reloads:
				case <-time.After(60 * time.Second):
					b.Fatal("no reload")
				}
				r, err := http.Get(url + page)
				if err != nil {
					b.Fatal(err)
				}
				body, _ := io.ReadAll(r.Body)
				r.Body.Close()
				if !strings.Contains(string(body), marker) {
					b.Fatalf("%s does not have the change", page)
				}
			}
		})
	}
}

func synthetic(b *testing.B, pages int) func(string) (string, string) {
	return func(dir string) (string, string) {
		if _, err := synth.Generate(dir, synth.Options{Clauses: synth.ClausesFor(pages), Seed: 1, Today: time.Now()}); err != nil {
			b.Fatal(err)
		}
		return "clauses/c00002.md", "clauses/C-00002.html"
	}
}

func copyTree(b *testing.B, from, to string) {
	err := filepath.WalkDir(from, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if e.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		b.Fatal(err)
	}
}
