package theme

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// Load never opens what is not a regular file, and names the file.
func TestLoadRefusesWhatIsNotAFile(t *testing.T) {
	for _, p := range []string{"themes/mine/layouts/page.html", "themes/mine/assets/x.css"} {
		fsys := fstest.MapFS{p: {Mode: fs.ModeNamedPipe}}
		_, err := Load(fsys, "mine")
		var fe *FileError
		if !errors.As(err, &fe) || fe.File != p {
			t.Errorf("%s is a pipe: err = %v, want a FileError naming it", p, err)
		}
	}
}

func TestLoadName(t *testing.T) {
	fsys := fstest.MapFS{"themes/mine/assets/x.css": {Data: []byte("p{}")}, "content/a.md": {Data: []byte("x")}}
	for _, name := range []string{"", "default", "mine"} {
		if _, err := Load(fsys, name); err != nil {
			t.Errorf("Load(%q): %v", name, err)
		}
	}
	for _, name := range []string{"../content", "themes/mine", ".", "..", "/etc", `a\b`, "nosuch"} {
		if _, err := Load(fsys, name); err == nil || !strings.Contains(err.Error(), "themes/") {
			t.Errorf("Load(%q) = %v, want an error that points at themes/", name, err)
		}
	}
}
