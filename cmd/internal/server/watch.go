package server

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
)

// watchedDirs are the folders whose files make up the site.
var watchedDirs = []string{content.ClausesDir, content.ChecklistDir, content.ContentDir, "themes"}

// ignored reports whether a file name is an editor's or a desktop's
// dropping (swap files, backups, lock files, atomic-save temporaries),
// whose comings and goings must not trigger a rebuild.
func ignored(name string) bool {
	base := filepath.Base(name)
	switch {
	case base == "4913", base == ".DS_Store", base == "Thumbs.db":
		return true
	case strings.HasSuffix(base, "~"), strings.HasSuffix(base, ".swp"), strings.HasSuffix(base, ".swx"),
		strings.HasSuffix(base, ".swo"), strings.HasSuffix(base, ".tmp"):
		return true
	case strings.HasPrefix(base, ".#"), strings.HasPrefix(base, "#") && strings.HasSuffix(base, "#"):
		return true
	case strings.HasPrefix(base, ".goutputstream-"), strings.HasPrefix(base, "jb_tmp"), strings.HasPrefix(base, "jb_old"),
		strings.Contains(base, "___jb_tmp___"), strings.Contains(base, "___jb_old___"):
		return true
	}
	return false
}

// relevant reports whether a path under root belongs to the site's sources.
func relevant(root, name string) bool {
	rel, err := filepath.Rel(root, name)
	if err != nil || ignored(name) {
		return false
	}
	first := strings.Split(filepath.ToSlash(rel), "/")[0]
	for _, d := range watchedDirs {
		if first == d {
			return true
		}
	}
	return false
}

// watch calls changed after each burst of changes to the sources, with the
// files that changed (slash paths from root), or nil when it cannot tell
// (polling, a folder, an overflow), until ctx ends. It uses the system's
// file notifications and falls back to polling (or polls from the start
// when poll is set) where they cannot be had.
func watch(ctx context.Context, root string, poll bool, quiet time.Duration, changed func([]string), logf func(string, ...any)) error {
	if !poll {
		w, err := newNotifyWatcher(root)
		if err == nil {
			go w.run(ctx, root, quiet, changed, logf)
			return nil
		}
		logf("cannot watch for changes (%v); polling every %s instead", err, pollInterval)
	}
	last := snapshot(root) // taken now, so that a change right after start is seen
	go pollLoop(ctx, root, last, changed)
	return nil
}

// notifyWatcher wraps fsnotify, which watches single folders: every folder
// under the sources is added, and folders created later as they appear.
type notifyWatcher struct {
	w *fsnotify.Watcher
}

func newNotifyWatcher(root string) (*notifyWatcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	nw := &notifyWatcher{w: w}
	// The root itself, so that a source folder created later is seen.
	if err := w.Add(root); err != nil {
		w.Close()
		return nil, err
	}
	for _, d := range watchedDirs {
		if err := nw.addTree(filepath.Join(root, d)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			w.Close()
			return nil, err
		}
	}
	return nw, nil
}

func (nw *notifyWatcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if strings.HasPrefix(e.Name(), ".") && p != dir {
				return filepath.SkipDir
			}
			return nw.w.Add(p)
		}
		return nil
	})
}

func (nw *notifyWatcher) run(ctx context.Context, root string, quiet time.Duration, changed func([]string), logf func(string, ...any)) {
	defer nw.w.Close()
	var timer *time.Timer
	var fire <-chan time.Time
	pending := map[string]bool{}
	everything := false // a folder came or went: look at everything
	flush := func() {
		var paths []string
		if !everything {
			for p := range pending {
				paths = append(paths, p)
			}
			slices.Sort(paths)
		}
		clear(pending)
		everything = false
		changed(paths)
	}
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-nw.w.Events:
			if !ok {
				return
			}
			if !relevant(root, ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					if err := nw.addTree(ev.Name); err != nil {
						logf("cannot watch %s: %v", ev.Name, err)
					}
					everything = true
				}
			}
			if rel, err := filepath.Rel(root, ev.Name); err == nil {
				pending[filepath.ToSlash(rel)] = true
			} else {
				everything = true
			}
			// Batch a burst (an editor's write-then-rename, a git checkout)
			// into one rebuild.
			if timer == nil {
				timer = time.NewTimer(quiet)
			} else {
				timer.Reset(quiet)
			}
			fire = timer.C
		case err, ok := <-nw.w.Errors:
			if !ok {
				return
			}
			logf("watching: %v; rebuilding everything", err)
			everything = true
			flush()
		case <-fire:
			fire = nil
			flush()
		}
	}
}

// pollInterval is how often polling looks at the sources.
const pollInterval = 500 * time.Millisecond

// pollLoop compares the sources' sizes and times every pollInterval.
func pollLoop(ctx context.Context, root, last string, changed func([]string)) {
	t := time.NewTicker(pollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			now := snapshot(root)
			if now != last {
				last = now
				changed(nil)
			}
		}
	}
}

// snapshot sums up every source file's path, size and time.
func snapshot(root string) string {
	var b strings.Builder
	for _, d := range watchedDirs {
		filepath.WalkDir(filepath.Join(root, d), func(p string, e fs.DirEntry, err error) error {
			if err != nil || ignored(p) {
				return nil
			}
			if info, err := e.Info(); err == nil {
				fmt.Fprintf(&b, "%s %d %d\n", p, info.Size(), info.ModTime().UnixNano())
			}
			return nil
		})
	}
	return b.String()
}
