package site

import (
	"bytes"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// TestWholePagesAreStreamed: a build hands the whole-handbook pages and the
// builder page's data to the sink a piece at a time (Create), and every
// other file whole (Put), with the same bytes as a build in memory.
func TestWholePagesAreStreamed(t *testing.T) {
	want := build(t).Files
	h, err := content.Load(filepath.Join("testdata", "handbook"))
	if err != nil {
		t.Fatal(err)
	}
	sink := &recordingSink{memory: memory{files: map[string][]byte{}}, streamed: map[string]bool{}}
	if _, err := BuildTo(h, sink); err != nil {
		t.Fatal(err)
	}
	streamed := slices.Sorted(maps.Keys(sink.streamed))
	if wantStreamed := []string{ChecklistURL, ClausesURL, ReviewsURL, tailorData, TraceURL}; !slices.Equal(streamed, slices.Sorted(slices.Values(wantStreamed))) {
		t.Errorf("streamed %q, want %q", streamed, wantStreamed)
	}
	if sink.writes[ClausesURL] < 2 {
		t.Errorf("the 特記仕様書 came in %d writes, not a piece at a time", sink.writes[ClausesURL])
	}
	for p, data := range want {
		if !bytes.Equal(sink.files[p], data) {
			t.Errorf("%s differs from the build in memory", p)
		}
	}
	if len(sink.files) != len(want) {
		t.Errorf("%d files, the build in memory has %d", len(sink.files), len(want))
	}
	for _, k := range h.Checks {
		if k.Body != nil {
			t.Errorf("BuildTo kept the body of %s after its page was made", k.Path)
		}
	}
}

// recordingSink is memory that notes which files came through Create, and
// in how many writes.
type recordingSink struct {
	memory
	mu       sync.Mutex
	streamed map[string]bool
	writes   map[string]int
}

func (s *recordingSink) Create(p string) (io.WriteCloser, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.streamed[p] = true
	if s.writes == nil {
		s.writes = map[string]int{}
	}
	return &countingFile{memoryFile: memoryFile{m: &s.memory, path: p}, s: s}, nil
}

type countingFile struct {
	memoryFile
	s *recordingSink
}

func (f *countingFile) Write(b []byte) (int, error) {
	f.s.mu.Lock()
	f.s.writes[f.path]++
	f.s.mu.Unlock()
	return f.memoryFile.Write(b)
}
