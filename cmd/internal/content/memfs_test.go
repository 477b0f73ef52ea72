package content

import (
	"errors"
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"
)

var memFiles = map[string][]byte{
	"content/_index.md":    []byte("---\ntitle: 手引き\n---\n"),
	"content/guide/a.md":   []byte("---\ntitle: 使い方\n---\n\n本文\n"),
	"clauses/c1.md":        []byte("---\nid: C-01\ntitle: 目的\norder: 1\nrationale: 理由\n---\n\n本文\n"),
	"clauses/sub/c2.md":    []byte("---\nid: C-02\ntitle: 定義\norder: 2\nrationale: 理由\nbad: key\n---\n\n本文\n"),
	"checklist/k1.md":      []byte("---\nid: K-01\nclause: C-01\ntitle: 確認\naspect: 対策\ntiming: [定期]\nrationale: 理由\n---\n"),
	"checklist/README.md":  []byte("not a check item\n"),
	"content/images/a.png": {0x89, 'P', 'N', 'G'},
}

// The in-memory file system behaves as io/fs says a file system must.
func TestMemFS(t *testing.T) {
	m, err := newMemFS(memFiles)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name := range memFiles {
		names = append(names, name)
	}
	if err := fstest.TestFS(m, names...); err != nil {
		t.Fatal(err)
	}
}

// LoadMap loads the same handbook as LoadFS over the same files.
func TestLoadMapLikeLoadFS(t *testing.T) {
	fromMap, err := LoadMap(memFiles)
	if err != nil {
		t.Fatal(err)
	}
	mapFS := fstest.MapFS{}
	for name, data := range memFiles {
		mapFS[name] = &fstest.MapFile{Data: data}
	}
	fromFS, err := LoadFS(mapFS)
	if err != nil {
		t.Fatal(err)
	}
	summary := func(h *Handbook) (out []string) {
		for _, d := range h.Docs {
			out = append(out, d.Path)
			for _, p := range d.Problems {
				out = append(out, p.Message)
			}
		}
		return append(out, h.Assets...)
	}
	if got, want := summary(fromMap), summary(fromFS); !reflect.DeepEqual(got, want) || len(got) < 5 {
		t.Errorf("LoadMap gives %q, LoadFS %q", got, want)
	}
}

func TestLoadMapRefusesBadPaths(t *testing.T) {
	for _, files := range []map[string][]byte{
		{"/clauses/c.md": nil},
		{"clauses/../c.md": nil},
		{"clauses": []byte("x"), "clauses/c.md": nil},
	} {
		if _, err := LoadMap(files); !errors.Is(err, fs.ErrInvalid) && !errors.Is(err, fs.ErrExist) {
			t.Errorf("LoadMap(%v) = %v, want an invalid path", files, err)
		}
	}
}
