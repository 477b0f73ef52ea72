package site

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// WriteDir writes the site to dest so that dest is never half-written: the
// files go to a new folder beside dest, which then takes dest's place. If
// anything fails, dest is left as it was. Files that the previous build
// wrote and this one does not are gone, since the folder is replaced whole.
func (s *Site) WriteDir(dest string) error {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".new-")
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(s.Files))
	for p := range s.Files {
		names = append(names, p)
	}
	slices.Sort(names)
	made := map[string]bool{}
	for _, p := range names {
		full := filepath.Join(tmp, filepath.FromSlash(p))
		if dir := filepath.Dir(full); !made[dir] {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			made[dir] = true
		}
		if err := os.WriteFile(full, s.Files[p], 0o644); err != nil {
			return err
		}
	}

	old := ""
	if st, err := os.Lstat(dest); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%s exists and is not a folder", dest)
		}
		old = tmp + ".old"
		if err := os.Rename(dest, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dest); err != nil {
		if old != "" {
			os.Rename(old, dest) // put the previous site back
		}
		return err
	}
	ok = true
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}
