package site

import (
	"bytes"
	"io"
	"sync"
)

// Sink receives the site's files as they are made (publish.Dir writes them
// into a folder). Put takes a file whole; Create a file written a piece at
// a time, finished by Close (the whole-handbook pages, which run to tens
// of megabytes, are not held in memory). Both may be called from several
// goroutines at once.
type Sink interface {
	Put(path string, data []byte) error
	Create(path string) (io.WriteCloser, error)
}

// memory keeps the files in a map (Site.Files).
type memory struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (m *memory) Put(p string, data []byte) error {
	m.mu.Lock()
	m.files[p] = data
	m.mu.Unlock()
	return nil
}

func (m *memory) Create(p string) (io.WriteCloser, error) {
	return &memoryFile{m: m, path: p}, nil
}

// memoryFile is a file of memory being written; Close puts it.
type memoryFile struct {
	bytes.Buffer
	m    *memory
	path string
}

func (f *memoryFile) Close() error { return f.m.Put(f.path, f.Bytes()) }
