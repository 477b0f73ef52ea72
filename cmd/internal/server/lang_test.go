package server

import (
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// TestOverlayInTheServersLanguage: the overlay's heading and note are
// said in the language the server was started in (its findings too, as
// lint says them in Options.Lang).
func TestOverlayInTheServersLanguage(t *testing.T) {
	ja, en := liveJS(msg.Japanese), liveJS(msg.English)
	if !strings.Contains(ja, "ハンドブックを作成できません（%d件）") || !strings.Contains(ja, "直すと自動で再表示します") {
		t.Errorf("the Japanese overlay has no Japanese heading:\n%s", ja)
	}
	if !strings.Contains(en, "The handbook cannot be built (%d findings)") || strings.Contains(en, "作成できません") {
		t.Errorf("the English overlay is not English:\n%s", en)
	}
	if strings.Contains(ja, "HEADING") || strings.Contains(ja, "EXPLAIN") {
		t.Errorf("a placeholder was left in the script:\n%s", ja)
	}
}
