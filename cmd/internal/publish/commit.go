package publish

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// manifest is what .tokki-manifest.json holds: the files the build wrote,
// which the next build may replace or remove.
type manifest struct {
	Generator string   `json:"generator"`
	Files     []string `json:"files"`
}

// journal is the move under way: the files to move in from the staging
// folder (or already in place, unchanged) and the previous build's files to
// remove.
type journal struct {
	Files  []string `json:"files"`
	Remove []string `json:"remove"`
}

// Commit waits for every file to be written, checks that moving them in
// replaces nothing that no build wrote, and moves them into place: the
// previous build's files that this one did not write are removed, and
// every other file in the destination is kept (Kept names them).
func (d *Dir) Commit() error {
	if err := d.finish(); err != nil {
		d.Abort()
		return err
	}
	j, err := d.plan()
	if err != nil {
		d.Abort()
		return err
	}
	data, err := json.Marshal(j)
	if err == nil {
		err = d.root.WriteFile(path.Join(stagingName, journalName), data, 0o644)
	}
	if err != nil {
		d.Abort()
		return err
	}
	// From here on the move is recorded: if it fails half-way, the next
	// build finishes it.
	err = d.finishCommit(j)
	d.release()
	return err
}

// plan works out the move: it walks the destination for the files that
// will be replaced, removed or kept, and fails, naming them, if a file that
// no build wrote stands where a new file goes (unless forced) or a folder
// does.
func (d *Dir) plan() (journal, error) {
	j := journal{Files: sorted(d.files)}
	var foreign, blocked []string
	err := fs.WalkDir(d.root.FS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch p {
		case ".":
			return nil
		case stagingName:
			return fs.SkipDir
		case manifestName, lockName:
			return nil
		}
		if e.IsDir() {
			if d.files[p] {
				blocked = append(blocked, p+"/")
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.files[p]:
			if !d.ownedBefore(p) && !d.force {
				foreign = append(foreign, p)
			}
		case d.prev[p] || (d.legacy && isLegacyFile(d.root, p, e)):
			j.Remove = append(j.Remove, p)
		default:
			d.kept = append(d.kept, p)
		}
		return nil
	})
	if err != nil {
		return j, err
	}
	// A file where a new file needs a folder.
	removed := map[string]bool{}
	for _, p := range j.Remove {
		removed[p] = true
	}
	checked := map[string]bool{}
	for _, p := range j.Files {
		for dir := path.Dir(p); dir != "." && !checked[dir]; dir = path.Dir(dir) {
			checked[dir] = true
			// Stat follows a link inside the destination; one that leads
			// out of it is an error, and blocks too.
			st, err := d.root.Stat(dir)
			switch {
			case errors.Is(err, fs.ErrNotExist): // the move makes it
			case err != nil || (!st.IsDir() && !removed[dir]):
				blocked = append(blocked, dir)
			}
		}
	}
	switch {
	case len(blocked) > 0:
		return j, msg.Errorf("%s has %s where the site needs a file or folder of the other kind (%s); move them away and build again",
			d.dest, items(len(blocked)), listNames(blocked, 3))
	case len(foreign) > 0:
		return j, msg.Errorf("%s has %s that no tokki build wrote where the site would write its own (%s); move them away, or pass --force to replace them",
			d.dest, files(len(foreign)), listNames(foreign, 3))
	}
	return j, nil
}

// finishCommit carries out a recorded move. It can run again after being
// stopped half-way: what is already done is not done twice.
func (d *Dir) finishCommit(j journal) error {
	for _, p := range j.Remove {
		if err := d.root.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		// Remove the folders this left empty (Remove fails on any other).
		for dir := path.Dir(p); dir != "." && d.root.Remove(dir) == nil; dir = path.Dir(dir) {
		}
	}
	staged := map[string]bool{} // folders of the staging folder, by whether they are there
	made := map[string]bool{}   // folders made in the destination
	moved := map[string]bool{}  // folders moved in whole
	for _, p := range j.Files {
		if movedWith(p, moved) || !d.hasStaged(path.Dir(p), staged) {
			continue // moved in with its folder; or unchanged, as all in its folder
		}
		staged := path.Join(stagingName, p)
		if _, err := d.root.Lstat(staged); errors.Is(err, fs.ErrNotExist) {
			continue // unchanged, or moved in already
		}
		// A folder the destination lacks holds only new files: it moves in
		// whole (a first build moves a few folders, not every file).
		if dir, ok := d.missingFolder(p); ok {
			if err := d.root.Rename(path.Join(stagingName, dir), dir); err != nil {
				return err
			}
			moved[dir] = true
			continue
		}
		if dir := path.Dir(p); dir != "." && !made[dir] {
			if err := d.root.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			made[dir] = true
		}
		if err := d.root.Rename(staged, p); err != nil {
			return err
		}
	}
	data, err := json.MarshalIndent(manifest{Generator: "tokki", Files: j.Files}, "", "\t")
	if err != nil {
		return err
	}
	tmp := path.Join(stagingName, manifestName)
	if err := d.root.WriteFile(tmp, append(data, '\n'), 0o644); err != nil {
		return err
	}
	if err := d.root.Rename(tmp, manifestName); err != nil {
		return err
	}
	return d.root.RemoveAll(stagingName)
}

// hasStaged reports whether the staging folder has the folder dir; known
// caches the answers.
func (d *Dir) hasStaged(dir string, known map[string]bool) bool {
	has, ok := known[dir]
	if !ok {
		_, err := d.root.Lstat(path.Join(stagingName, dir))
		has = err == nil
		known[dir] = has
	}
	return has
}

// movedWith reports whether p is in one of the folders moved in whole.
func movedWith(p string, moved map[string]bool) bool {
	for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
		if moved[dir] {
			return true
		}
	}
	return false
}

// missingFolder returns the topmost folder above the site file p that the
// destination does not have.
func (d *Dir) missingFolder(p string) (string, bool) {
	for i := range len(p) {
		if p[i] == '/' {
			if _, err := d.root.Lstat(p[:i]); errors.Is(err, fs.ErrNotExist) {
				return p[:i], true
			}
		}
	}
	return "", false
}

func (d *Dir) readJournal() (journal, error) {
	var j journal
	data, err := d.root.ReadFile(path.Join(stagingName, journalName))
	if err != nil {
		return j, err
	}
	if err := json.Unmarshal(data, &j); err != nil {
		return j, err
	}
	for _, p := range append(j.Files, j.Remove...) {
		if !fs.ValidPath(p) || strings.HasPrefix(p, ".tokki-") {
			return j, fmt.Errorf("%q is not a site path", p)
		}
	}
	return j, nil
}

// readManifest reads the previous build's list of files.
func (d *Dir) readManifest() (map[string]bool, error) {
	data, err := d.root.ReadFile(manifestName)
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	if m.Generator != "tokki" {
		return nil, msg.Errorf("it was not written by tokki")
	}
	set := make(map[string]bool, len(m.Files))
	for _, p := range m.Files {
		if !fs.ValidPath(p) || p == "." || strings.HasPrefix(p, ".tokki-") {
			return nil, msg.Errorf("it lists %q, which is not a site path", p)
		}
		set[p] = true
	}
	return set, nil
}

// items is "1 item", "3 items"; files is "1 file", "3 files" (in the
// user's language).
func items(n int) string {
	if n == 1 {
		return msg.Text("1 item")
	}
	return msg.Sprintf("%d items", n)
}

func files(n int) string {
	if n == 1 {
		return msg.Text("1 file")
	}
	return msg.Sprintf("%d files", n)
}
