package standin

import "net/http"

// servedRoute is one Seam route the stand-in answers, and the rules of the ledger its answer
// follows: every behaviour the stand-in serves rests on a ledger entry.
type servedRoute struct {
	serve func(s *Server, who caller, r *http.Request, p params) answer
	// unlocked routes ask Seam's fake about a device as they serve: s.mu is not held.
	unlocked bool
	// passThrough routes are answered by Seam's fake, with what only the stand-in knows added.
	passThrough bool
	rules       []Rule
}

// served are the routes the stand-in answers, by path. s.mu is held while serve runs.
var served = map[string]servedRoute{}

// serve adds routes to those the stand-in answers, at package initialisation; each object's
// file serves its own. A path served twice is a mistake in the stand-in.
func serve(routes map[string]servedRoute) {
	for path, route := range routes {
		if _, dup := served[path]; dup {
			panic("stand-in: " + path + " is served twice")
		}
		served[path] = route
	}
}
