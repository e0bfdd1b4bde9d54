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
var served = map[string]servedRoute{
	"/client_sessions/create": {serve: func(s *Server, who caller, r *http.Request, p params) answer {
		return s.create(who, p, r.Method == http.MethodPut)
	}, rules: []Rule{workspaceScoped, sessionCreateSets, sessionExpiresAtKept, timesToTheMillisecond, sessionDefaultLifetime, sessionKeyTaken}},
	"/client_sessions/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.get(who, p) },
		rules: []Rule{workspaceScoped, sessionGetExact, sessionTokenReadsItsOwn}},
	"/client_sessions/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.list(who, p) },
		rules: []Rule{workspaceScoped, sessionListFilters, sessionListWithoutKey, newestFirst}},
	"/client_sessions/grant_access": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.grantAccess(who, p) },
		rules: []Rule{workspaceScoped, sessionGrantAccessAdds, sessionGrantAccessSelects}},
	"/client_sessions/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.delete(who, p) },
		rules: []Rule{workspaceScoped, sessionDelete}},

	"/connect_webviews/create": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.createWebview(who, p) },
		rules: []Rule{workspaceScoped, webviewURLCarriesToken, webviewDefaults}},
	"/connect_webviews/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getWebview(who, p) },
		rules: []Rule{workspaceScoped, webviewLoginRecorded}},
	"/connect_webviews/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.listWebviews(who, p) },
		rules: []Rule{workspaceScoped, webviewListByCustomer, webviewListByUserKey, newestFirst, pagesOfLimit}},
	"/connect_webviews/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.deleteWebview(who, p) },
		rules: []Rule{workspaceScoped, webviewDelete}},

	"/user_identities/create": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.createUserIdentity(who, p)
	}, rules: []Rule{workspaceScoped, identityKeyUnique, identityEmailUnique, identityPhoneUnique}},
	"/user_identities/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getUserIdentity(who, p) },
		rules: []Rule{workspaceScoped, identityGetByIDOrKey}},
	"/user_identities/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.listUserIdentities(who, p)
	}, rules: []Rule{workspaceScoped, identitySearch, newestFirst, pagesOfLimit}},
	"/user_identities/update": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.updateUserIdentity(who, p)
	}, rules: []Rule{workspaceScoped, identityUpdateSelectsByID, identityUpdateSetsKey, identityKeyUnique, identityEmailUnique,
		identityPhoneUnique}},
	"/user_identities/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.deleteUserIdentity(who, p)
	}, rules: []Rule{workspaceScoped, identityDeleteTakesSessions}},

	"/webhooks/create": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.createWebhook(who, p) },
		rules: []Rule{workspaceScoped, webhookEveryEventByDefault, webhookSecret}},
	"/webhooks/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getWebhook(who, p) },
		rules: []Rule{workspaceScoped}},
	"/webhooks/list": {serve: func(s *Server, who caller, _ *http.Request, _ params) answer { return s.listWebhooks(who) },
		rules: []Rule{workspaceScoped}},
	"/webhooks/update": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.updateWebhook(who, p) },
		rules: []Rule{workspaceScoped, webhookUpdateSetsEventTypes}},
	"/webhooks/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.deleteWebhook(who, p) },
		rules: []Rule{workspaceScoped}},

	"/workspaces/get": {serve: func(_ *Server, who caller, _ *http.Request, _ params) answer { return workspaceOf(who) },
		rules: []Rule{workspaceOfCredential}},

	"/spaces/create": {serve: func(s *Server, who caller, r *http.Request, p params) answer { return s.createSpace(who, r, p) },
		rules: []Rule{workspaceScoped, spaceKeyUnique, spaceDevicesOfWorkspace, spaceCounts}},
	"/spaces/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getSpace(who, p) },
		rules: []Rule{workspaceScoped, spaceGetByIDOrKey, spaceCounts}},
	"/spaces/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.listSpaces(who, p) },
		rules: []Rule{workspaceScoped, spaceSearch, spaceListByKey, spaceListByCustomer, oldestFirst, pagesOfLimit}},
	"/spaces/update": {serve: func(s *Server, who caller, r *http.Request, p params) answer { return s.updateSpace(who, r, p) },
		rules: []Rule{workspaceScoped, spaceUpdateKeySelects, selectorsAgree, spaceUpdateName, spaceUpdateReplacesDevices,
			spaceUpdateReplacesEntrances, spaceDevicesOfWorkspace}},
	"/spaces/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.deleteSpace(who, p) },
		rules: []Rule{workspaceScoped}},

	"/access_grants/create": {serve: func(s *Server, who caller, r *http.Request, p params) answer {
		return s.createAccessGrant(who, r, p)
	}, rules: []Rule{workspaceScoped, grantIdentityExists, grantSpacesExist, spaceDevicesOfWorkspace, grantKeyUnique, grantEndsInFuture,
		timesToTheMillisecond, grantStartsNow, grantRequestedCode, grantCodeOnlyForCodeMode, grantGeneratedCode, grantMobileKey, grantInstantKeyURL,
		grantUnissuedModes, grantDisplayName, grantKeepsNoDevices}},
	"/access_grants/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getAccessGrant(who, p) },
		rules: []Rule{workspaceScoped, grantGetByIDOrKey}},
	"/access_grants/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.listAccessGrants(who, p) },
		rules: []Rule{workspaceScoped, grantListFilters, oldestFirst, pagesOfLimit}},
	"/access_grants/update": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.updateAccessGrant(who, p)
	}, rules: []Rule{workspaceScoped, grantUpdateKeySelects, selectorsAgree, grantUpdateSetsTimesAndName, grantEndsInFuture,
		timesToTheMillisecond}},
	"/access_grants/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.deleteAccessGrant(who, p)
	}, rules: []Rule{workspaceScoped, grantDeleteTakesMethods}},
	"/access_methods/list": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.listAccessMethods(who, p)
	}, rules: []Rule{workspaceScoped, methodsOfGrant, methodCode}},
	"/access_methods/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getAccessMethod(who, p) },
		rules: []Rule{workspaceScoped, methodCode}},

	"/noise_sensors/noise_thresholds/create": {unlocked: true, serve: (*Server).createNoiseThreshold,
		rules: []Rule{workspaceScoped, thresholdOnSensor, thresholdTimes, thresholdDefaults, thresholdsShipped, writesAnswerAttempts}},
	"/noise_sensors/noise_thresholds/get": {unlocked: true, serve: (*Server).getNoiseThreshold,
		rules: []Rule{workspaceScoped, thresholdGet, thresholdsShipped}},
	"/noise_sensors/noise_thresholds/list": {unlocked: true, serve: (*Server).listNoiseThresholds,
		rules: []Rule{workspaceScoped, thresholdList, thresholdOnSensor, thresholdsShipped}},
	"/noise_sensors/noise_thresholds/update": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.updateNoiseThreshold(who, p)
	}, rules: []Rule{workspaceScoped, thresholdSelectors, thresholdUpdateSets, thresholdTimes, writesAnswerAttempts}},
	"/noise_sensors/noise_thresholds/delete": {serve: func(s *Server, who caller, _ *http.Request, p params) answer {
		return s.deleteNoiseThreshold(who, p)
	}, rules: []Rule{workspaceScoped, thresholdSelectors, writesAnswerAttempts}},
	"/action_attempts/get": {serve: func(s *Server, who caller, _ *http.Request, p params) answer { return s.getActionAttempt(who, p) },
		rules: []Rule{workspaceScoped, attemptsSettle}},

	"/thermostats/create_climate_preset": {unlocked: true, serve: (*Server).createClimatePreset,
		rules: []Rule{workspaceScoped, presetOfThermostat, presetCreate, presetKeyTaken, presetSetPointsBothUnits, presetWritesAnswerOK}},
	"/thermostats/update_climate_preset": {unlocked: true, serve: (*Server).updateClimatePreset,
		rules: []Rule{workspaceScoped, presetOfThermostat, presetSelectors, presetCanEdit, presetSetPointsBothUnits, presetWritesAnswerOK}},
	"/thermostats/delete_climate_preset": {unlocked: true, serve: (*Server).deleteClimatePreset,
		rules: []Rule{workspaceScoped, presetOfThermostat, presetSelectors, presetCanDelete, presetDeleteClearsFallback, presetWritesAnswerOK}},
	"/thermostats/set_fallback_climate_preset": {unlocked: true, serve: (*Server).setFallbackClimatePreset,
		rules: []Rule{workspaceScoped, presetOfThermostat, presetSelectors, presetFallback, presetWritesAnswerOK}},

	"/devices/get": {passThrough: true, rules: []Rule{fakeDiscovers, deviceSpaces, ownDiscovered, presetsOnDevice, presetsShipped,
		presetFallback}},
	"/devices/list": {passThrough: true, rules: []Rule{fakeDiscovers, deviceSpaces, deviceListBySpace, ownDiscovered, pagesOfLimit,
		presetsOnDevice, presetsShipped, presetFallback}},
	"/connected_accounts/get":  {passThrough: true, rules: []Rule{fakeDiscovers, ownDiscovered, fakeAccountsReport}},
	"/connected_accounts/list": {passThrough: true, rules: []Rule{fakeDiscovers, ownDiscovered, pagesOfLimit, fakeAccountsReport}},
}
