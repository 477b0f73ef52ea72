package publish

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// A site written before builds left a manifest has none. It is recognised
// by its own files: a home page that loads tokki's script, and the script.
// Every page of such a site loads it, and its search index lives under
// search/; those files, and the files the new build writes, are taken as
// tokki's. Anything else in the folder is kept.

// legacyMark is what every page of a tokki site loads.
const legacyMark = "assets/tokki.js"

// isLegacySite reports whether the folder holds a site that tokki built
// before manifests.
func isLegacySite(root *os.Root) bool {
	if st, err := root.Lstat(legacyMark); err != nil || !st.Mode().IsRegular() {
		return false
	}
	return isTokkiPage(root, "index.html")
}

// isLegacyFile reports whether the file p of a legacy site is one that a
// tokki build wrote.
func isLegacyFile(root *os.Root, p string, e fs.DirEntry) bool {
	if !e.Type().IsRegular() {
		return false
	}
	if strings.HasPrefix(p, "search/") && strings.HasSuffix(p, ".js") {
		return true
	}
	return strings.HasSuffix(p, ".html") && isTokkiPage(root, p)
}

// isTokkiPage reports whether the regular file p is an HTML page that
// loads tokki's script (which its head does, near the top).
func isTokkiPage(root *os.Root, p string) bool {
	if st, err := root.Lstat(p); err != nil || !st.Mode().IsRegular() {
		return false
	}
	f, err := root.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return bytes.Contains(head[:n], []byte(`<script src="`)) && bytes.Contains(head[:n], []byte(legacyMark+`"`))
}

// removeOldStaging removes what tokki builds before manifests left beside
// the destination when they were stopped: they wrote the new site into a
// folder .<name>.new-<random> next to it and renamed the old one to
// <that>.old. Only such folders that are empty or hold a tokki site are
// removed; anything else of that name is left alone.
func removeOldStaging(real string, notice func(string)) {
	parent, base := filepath.Split(real)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), "."+base+".new-") {
			continue
		}
		dir := filepath.Join(parent, e.Name())
		root, err := os.OpenRoot(dir)
		if err != nil {
			continue
		}
		names, _ := fs.ReadDir(root.FS(), ".")
		ours := len(names) == 0 || isLegacySite(root)
		root.Close()
		if ours && os.RemoveAll(dir) == nil && notice != nil {
			notice(msg.Sprintf("removed %s, left by an older tokki build that was stopped", dir))
		}
	}
}
