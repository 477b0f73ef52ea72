package site

import "sync"

// Sink receives the site's files as they are made (publish.Dir writes them
// into a folder). Put may be called from several goroutines at once.
type Sink interface {
	Put(path string, data []byte) error
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
