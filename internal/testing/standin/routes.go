package standin

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"time"
)

// params are a request's parameters: its JSON body, or else its query string.
type params map[string]any

func readParams(r *http.Request, body []byte) params {
	p := params{}
	if len(body) > 0 {
		_ = json.Unmarshal(body, &p)
		return p
	}
	for name, values := range r.URL.Query() {
		p[name] = values[0]
	}
	return p
}

func (p params) str(name string) (string, bool) {
	v, ok := p[name].(string)
	return v, ok
}

func (p params) strs(name string) []string {
	raw, _ := p[name].([]any)
	var out []string
	for _, v := range raw {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func (p params) flag(name string) bool {
	switch v := p[name].(type) {
	case bool:
		return v
	case string:
		return v == "true"
	}
	return false
}

type answer struct {
	status int
	body   any
}

func ok(v map[string]any) answer {
	v["ok"] = true
	return answer{http.StatusOK, v}
}

func fail(status int, errorType, message string) answer {
	return answer{status, errorBody(errorType, message)}
}

// disagree is the refusal of an update given an ID and a key that name different objects
// (rule selectorsAgree).
func disagree(idField, keyField, noun string) answer {
	return fail(http.StatusBadRequest, "invalid_input", idField+" and "+keyField+" name different objects: give one "+noun+"'s, or only one of them")
}

var notFound = fail(http.StatusNotFound, "client_session_not_found", "Could not find client session")

// route authenticates the request and answers it from the stand-in's sessions.
func (s *Server) route(w http.ResponseWriter, r *http.Request, body []byte) {
	a := s.answer(r, readParams(r, body))
	writeJSON(w, "", a.status, a.body)
}

func (s *Server) answer(r *http.Request, p params) answer {
	who, refusal := s.authenticate(r)
	if refusal != nil {
		return *refusal
	}
	route, found := served[r.URL.Path]
	if !found {
		return fail(http.StatusNotFound, "not_found", "no such route")
	}
	if route.passThrough {
		return s.passThrough(r, p)
	}
	if route.unlocked {
		return route.serve(s, who, r, p)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return route.serve(s, who, r, p)
}

// authenticate finds the caller: a client session token among the stand-in's sessions, any
// other credential through Seam's fake. Routes that refuse a kind are refused by the
// OpenAPI check before this.
func (s *Server) authenticate(r *http.Request) (caller, *answer) {
	token := bearer(r.Header)
	if strings.HasPrefix(token, "seam_cst") {
		s.mu.Lock()
		defer s.mu.Unlock()
		i := slices.IndexFunc(s.sessions, func(x *Session) bool { return x.Token == token })
		if i < 0 || !s.sessions[i].ExpiresAt.After(time.Now()) {
			a := fail(http.StatusUnauthorized, "unauthorized", "Client session token not found or expired")
			return caller{}, &a
		}
		return caller{workspaceID: s.sessions[i].WorkspaceID, session: s.sessions[i]}, nil
	}
	ws, err := s.authority.workspaceOf(r.Context(), r.Header)
	if err != nil {
		a := fail(http.StatusInternalServerError, "internal_server_error", "the stand-in could not ask Seam's fake: "+err.Error())
		return caller{}, &a
	}
	if ws == "" {
		a := fail(http.StatusUnauthorized, "unauthorized", "Unauthorized")
		return caller{}, &a
	}
	return caller{workspaceID: ws}, nil
}
