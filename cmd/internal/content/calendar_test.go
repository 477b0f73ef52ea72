package content

import (
	"testing"
	"testing/fstest"
)

// calendar: 和暦 asks for dates on forms in the Japanese era (lint's
// invalid-value reports a value outside the vocabulary).
func TestCalendarSetting(t *testing.T) {
	for value, want := range map[string]bool{"": false, "calendar: 西暦\n": false, "calendar: 和暦\n": true, "calendar: 令和\n": false} {
		h, err := LoadFS(fstest.MapFS{"content/_index.md": {Data: []byte("---\ntitle: 手引き\n" + value + "---\n")}})
		if err != nil {
			t.Fatal(err)
		}
		if h.Settings.Era != want {
			t.Errorf("%q: Era %v, want %v", value, h.Settings.Era, want)
		}
	}
}
