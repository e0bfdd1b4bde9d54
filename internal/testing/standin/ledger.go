package standin

// Rule is one behaviour the stand-in serves where Seam's fake cannot show Seam's: a route the
// fake lacks, or an answer it gives otherwise. Every rule has an entry in the ledger, which
// names the sentence of Seam's OpenAPI it rests on; a test checks that each quoted sentence
// stands in the document under its path, and that no route answers by a rule without an entry.
type Rule string

// Source is where a rule comes from: the OpenAPI path whose documents (the operation, its
// parameters and the schemas they reference) hold Says, quoted as it stands there. A rule that
// Seam's documents do not state has no Says, and Assumed says what it rests on instead.
type Source struct {
	Path    string
	Says    string
	Assumed string
}

// The rules, by object.
const (
	workspaceScoped       Rule = "an object is seen and changed only with a credential of its workspace"
	workspaceOfCredential Rule = "/workspaces/get answers the credential's workspace"
	newestFirst           Rule = "lists answer newest first"
	oldestFirst           Rule = "lists answer oldest first"
	selectorsAgree        Rule = "an update given both an ID and a key must find one object by both"
	timesToTheMillisecond Rule = "times are kept to the millisecond"
	pagesOfLimit          Rule = "a list that pages answers limit items a page (Seam's default when not given) and the next page's cursor"
	ownDiscovered         Rule = "devices and connected accounts seeded in the stand-in join the fake's"
	fakeAccountsReport    Rule = "a connected account of the fake's has Seam's errors and warnings (empty)"

	sessionCreateSets         Rule = "a new client session holds the accounts, webviews and identity asked for"
	sessionExpiresAtKept      Rule = "a new client session expires at the expires_at asked for"
	sessionDefaultLifetime    Rule = "a new client session without expires_at lives a year"
	sessionKeyTaken           Rule = "a create with a user_identifier_key in use is refused (POST) or answers that session (PUT)"
	sessionGetExact           Rule = "a get matches every parameter given"
	sessionTokenReadsItsOwn   Rule = "a client session token gets its own session"
	sessionListFilters        Rule = "a list filters by client_session_id, user_identifier_key, connect_webview_id, user_identity_id"
	sessionListWithoutKey     Rule = "a list with without_user_identifier_key holds only sessions without one"
	sessionGrantAccessAdds    Rule = "grant_access adds to the session's accounts, webviews and identity"
	sessionGrantAccessSelects Rule = "grant_access selects the session by client_session_id, else by user_identifier_key"
	sessionDelete             Rule = "a client session can be deleted"

	webviewURLCarriesToken Rule = "a Connect Webview's url carries an auth_token"
	webviewDefaults        Rule = "a Connect Webview answers Seam's defaults for what its creator left out"
	webviewLoginRecorded   Rule = "an end user's login is recorded on the webview and its client sessions"
	webviewListByCustomer  Rule = "webviews are listed by customer_key"
	webviewListByUserKey   Rule = "webviews made without a client session match no user_identifier_key"
	webviewDelete          Rule = "a Connect Webview can be deleted"

	identityKeyUnique           Rule = "a user_identity_key is unique in the workspace"
	identityEmailUnique         Rule = "an email_address is unique in the workspace"
	identityPhoneUnique         Rule = "a phone_number is unique in the workspace"
	identityGetByIDOrKey        Rule = "a user identity is got by user_identity_id or user_identity_key"
	identitySearch              Rule = "search matches full_name, phone_number, email_address or user_identity_id in part"
	identityUpdateSelectsByID   Rule = "an update selects the identity by user_identity_id"
	identityUpdateSetsKey       Rule = "an update sets user_identity_key, as it sets the other fields"
	identityDeleteTakesSessions Rule = "deleting a user identity deletes its client sessions"

	webhookEveryEventByDefault  Rule = "a webhook made without event_types, or with \"*\", answers every event type"
	webhookSecret               Rule = "a webhook has a secret"
	webhookUpdateSetsEventTypes Rule = "an update sets a webhook's event types"

	spaceKeyUnique               Rule = "a space_key is unique in the workspace"
	spaceDevicesOfWorkspace      Rule = "device_ids must name devices of the workspace"
	spaceCounts                  Rule = "a space counts its devices and entrances"
	spaceGetByIDOrKey            Rule = "a space is got by space_id or space_key"
	spaceSearch                  Rule = "search matches name, space_key or customer_key in part"
	spaceListByKey               Rule = "spaces are listed by space_key"
	spaceListByCustomer          Rule = "spaces are listed by customer_key"
	spaceUpdateKeySelects        Rule = "an update's space_key selects the space; no route changes a key"
	spaceUpdateName              Rule = "an update sets the space's name"
	spaceUpdateReplacesDevices   Rule = "an update's device_ids replace the space's devices"
	spaceUpdateReplacesEntrances Rule = "an update's acs_entrance_ids replace the space's entrances"

	grantIdentityExists         Rule = "a grant's user identity must exist"
	grantSpacesExist            Rule = "a grant's spaces must exist"
	grantKeyUnique              Rule = "an access_grant_key is unique in the workspace"
	grantEndsInFuture           Rule = "ends_at must be in the future and after starts_at"
	grantStartsNow              Rule = "a grant without starts_at starts when it is made"
	grantRequestedCode          Rule = "a requested code is the PIN code of the grant's code method"
	grantCodeOnlyForCodeMode    Rule = "a requested code is refused on a method that is not code"
	grantGeneratedCode          Rule = "a code method without a requested code gets a generated PIN of six digits"
	grantMobileKey              Rule = "a mobile key gets a client session for the person, whose token the grant and method hold"
	grantInstantKeyURL          Rule = "a mobile key gets an Instant Key URL"
	grantUnissuedModes          Rule = "card and cloud key methods stay unissued"
	grantDisplayName            Rule = "a grant without a name gets a display name"
	grantKeepsNoDevices         Rule = "a grant keeps no device_ids and makes no space for them"
	grantGetByIDOrKey           Rule = "a grant is got by access_grant_id or access_grant_key"
	grantListFilters            Rule = "grants are listed by user_identity_id, space_id or access_grant_key"
	grantUpdateKeySelects       Rule = "an update's access_grant_key selects the grant; no route changes a key"
	grantUpdateSetsTimesAndName Rule = "an update sets the name, starts_at and ends_at it names, null clearing"
	grantDeleteTakesMethods     Rule = "deleting a grant deletes its access methods and its mobile key's session"
	methodsOfGrant              Rule = "access methods are listed by access grant"
	methodCode                  Rule = "a code method holds its PIN code"

	fakeDiscovers     Rule = "devices and connected accounts are Seam's fake's"
	deviceSpaces      Rule = "a device names the spaces it is in"
	deviceListBySpace Rule = "devices are listed by space_id"

	thresholdOnSensor    Rule = "a noise threshold is made on, and listed for, a noise sensor of the workspace"
	thresholdTimes       Rule = "a threshold's daily times are HH:MM:SS[Region/City]"
	thresholdDefaults    Rule = "a threshold made without a name or a level in decibels gets the fake's"
	thresholdsShipped    Rule = "a noise sensor's own thresholds are got and listed beside the ones made"
	thresholdGet         Rule = "a threshold is got by noise_threshold_id"
	thresholdList        Rule = "thresholds are listed by device"
	thresholdSelectors   Rule = "an update or delete selects the threshold by noise_threshold_id and device_id, both"
	thresholdUpdateSets  Rule = "an update sets the name, the daily times and the levels it is given"
	writesAnswerAttempts Rule = "a threshold's create, update and delete answer a pending action attempt"
	attemptsSettle       Rule = "an action attempt is pending, then success (or, as a fault, error, or pending for ever)"

	presetOfThermostat         Rule = "climate presets are a thermostat's; another device's are refused"
	presetCreate               Rule = "a create adds a preset under its key with the settings given, editable and deletable"
	presetKeyTaken             Rule = "a create with a key the thermostat has is refused"
	presetSelectors            Rule = "an update, delete or fallback selects the preset by device_id and climate_preset_key"
	presetCanEdit              Rule = "a preset marked can_edit = false is not updated"
	presetCanDelete            Rule = "a preset marked can_delete = false is not deleted"
	presetDeleteClearsFallback Rule = "deleting the fallback preset leaves the thermostat without one"
	presetFallback             Rule = "set_fallback_climate_preset makes the preset the fallback, answered as fallback_climate_preset_key"
	presetsOnDevice            Rule = "a thermostat's presets are answered in its available_climate_presets"
	presetsShipped             Rule = "an ecobee thermostat comes with Home, Away and Sleep, which cannot be deleted (Sleep nor edited)"
	presetSetPointsBothUnits   Rule = "a set point given in one unit is answered in both"
	presetWritesAnswerOK       Rule = "the preset routes answer ok alone: no object, no action attempt"
)

// ledger ties each rule to Seam's sentence, or says that Seam's documents do not state it.
var ledger = map[Rule]Source{
	workspaceScoped: {Path: "/workspaces/get", Assumed: "Seam's objects each name their workspace_id, and its documents " +
		"say nothing of one workspace's credential reaching another's objects; as any tenant-scoped API, the stand-in finds " +
		"nothing of another workspace (404)"},
	workspaceOfCredential: {Path: "/workspaces/get",
		Says: "Returns the [workspace](https://docs.seam.co/core-concepts/workspaces) associated with the authentication value."},
	newestFirst: {Path: "/client_sessions/list", Assumed: "Seam's documents give lists no order; newest first, so that a " +
		"client that needs an order must make its own"},
	oldestFirst: {Path: "/spaces/list", Assumed: "Seam's documents give lists no order; oldest first, as the objects were made"},
	timesToTheMillisecond: {Path: "/access_grants/create", Assumed: "the OpenAPI says only date-time; Seam keeps times to " +
		"the millisecond, and answers them so (seam-api.md, Seam's fake)"},
	pagesOfLimit: {Path: "/spaces/list",
		Says: "Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`."},
	ownDiscovered: {Path: "/devices/list", Assumed: "the fake holds five seeded devices; a fleet of thousands, for the lists' " +
		"tests and benchmarks, is the stand-in's own, copies of the fake's first device or account with IDs of their own"},
	fakeAccountsReport: {Path: "/connected_accounts/get", Says: "Errors associated with the connected account.",
		Assumed: "Seam's schema requires them and Seam's fake leaves them out; an account in order has none"},
	selectorsAgree: {Path: "/access_grants/update", Says: "Provide either `access_grant_id` or `access_grant_key`.",
		Assumed: "given both, the stand-in refuses (400) an ID and a key that name different objects, rather than pick one"},

	sessionCreateSets: {Path: "/client_sessions/create",
		Says: "IDs of the [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) for which you want to create a client session."},
	sessionExpiresAtKept: {Path: "/client_sessions/create",
		Says: "Date and time at which the client session should expire"},
	sessionDefaultLifetime: {Path: "/client_sessions/create", Assumed: "Seam's documents give no default lifetime; a year, " +
		"as Seam's fake gives"},
	sessionKeyTaken: {Path: "/client_sessions/create", Assumed: "as Seam's fake answers: POST with a user_identifier_key a " +
		"session of the workspace has is refused with 400 client_session_token_already_exists, PUT answers that session"},
	sessionGetExact: {Path: "/client_sessions/get", Assumed: "Seam's documents name both parameters; the stand-in matches " +
		"every one given (Seam's fake matches either, and is not scoped to the workspace)"},
	sessionTokenReadsItsOwn: {Path: "/client_sessions/get", Assumed: "Seam's SDKs read a client session token's own session " +
		"with /client_sessions/get and no parameter (seam-api.md); the OpenAPI says nothing of it"},
	sessionListFilters: {Path: "/client_sessions/list",
		Says: "ID of the [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) for which you want to retrieve client sessions."},
	sessionListWithoutKey: {Path: "/client_sessions/list",
		Says: "Indicates whether to retrieve only client sessions without associated user identifier keys."},
	sessionGrantAccessAdds: {Path: "/client_sessions/grant_access",
		Says: "Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources"},
	sessionGrantAccessSelects: {Path: "/client_sessions/grant_access",
		Says: "ID of the client session to which you want to grant access to resources.",
		Assumed: "that user_identifier_key (\"Your user ID for the user that you want to associate with the client session\") " +
			"selects the session when client_session_id is absent is not stated; the provider always sends client_session_id"},
	sessionDelete: {Path: "/client_sessions/delete",
		Says: "Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens)."},

	webviewURLCarriesToken: {Path: "/connect_webviews/create", Assumed: "the OpenAPI says only \"URL for the Connect Webview\"; " +
		"Seam's guides and SDK examples show it with auth_token=…, a bearer link, and Seam's fake's urls have none"},
	webviewDefaults: {Path: "/connect_webviews/create", Assumed: "as Seam's fake answers: custom_metadata {}, " +
		"automatically_manage_new_devices true, wait_for_device_creation false, device_selection_mode none, empty " +
		"accepted lists; the OpenAPI names no defaults"},
	webviewLoginRecorded: {Path: "/connect_webviews/get",
		Says: "`authorized` indicates that the user has successfully logged into their device or system account, thereby completing the Connect Webview."},
	webviewListByCustomer: {Path: "/connect_webviews/list", Says: "Customer key for which you want to list connect webviews."},
	webviewListByUserKey: {Path: "/connect_webviews/list", Says: "Your user ID for the user by which you want to filter Connect Webviews.",
		Assumed: "the stand-in's webviews are made without a client session, so they have no user_identifier_key to match"},
	webviewDelete: {Path: "/connect_webviews/delete",
		Says: "Deletes a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews)."},

	identityKeyUnique:    {Path: "/user_identities/create", Says: "Unique key for the new user identity."},
	identityEmailUnique:  {Path: "/user_identities/create", Says: "Unique email address for the new user identity."},
	identityPhoneUnique:  {Path: "/user_identities/create", Says: "Unique phone number for the new user identity"},
	identityGetByIDOrKey: {Path: "/user_identities/get", Says: "ID of the user identity that you want to get."},
	identitySearch: {Path: "/user_identities/list",
		Says: "Filters returned user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address` or `user_identity_id`."},
	identityUpdateSelectsByID: {Path: "/user_identities/update", Says: "ID of the user identity that you want to update."},
	identityUpdateSetsKey:     {Path: "/user_identities/update", Says: "Unique key for the user identity."},
	identityDeleteTakesSessions: {Path: "/user_identities/delete",
		Says: "This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions)."},

	webhookEveryEventByDefault: {Path: "/webhooks/create", Assumed: "as Seam's fake answers: no event_types, or [\"*\"], " +
		"is every event type, listed in full; the OpenAPI names no default"},
	webhookSecret:               {Path: "/webhooks/get", Says: "Secret associated with the [webhook](https://docs.seam.co/developer-tools/webhooks)."},
	webhookUpdateSetsEventTypes: {Path: "/webhooks/update", Says: "Types of events that you want the webhook to receive."},

	spaceKeyUnique:          {Path: "/spaces/create", Says: "Unique key for the space within the workspace."},
	spaceDevicesOfWorkspace: {Path: "/spaces/create", Assumed: "the OpenAPI says \"IDs of the devices that you want to add to the new space\"; a device of no workspace of the caller is refused 404 device_not_found"},
	spaceCounts:             {Path: "/spaces/get", Says: "Number of devices in the space."},
	spaceGetByIDOrKey:       {Path: "/spaces/get", Says: "Unique key of the space that you want to get."},
	spaceSearch: {Path: "/spaces/list",
		Says: "Filters returned spaces to include all records that satisfy a partial match using `name`, `space_key`, or `customer_key`."},
	spaceListByKey:               {Path: "/spaces/list", Says: "Filter spaces by space_key."},
	spaceListByCustomer:          {Path: "/spaces/list", Says: "Customer key for which you want to list spaces."},
	spaceUpdateKeySelects:        {Path: "/spaces/update", Says: "Unique key of the space that you want to update."},
	spaceUpdateName:              {Path: "/spaces/update", Says: "Name of the space."},
	spaceUpdateReplacesDevices:   {Path: "/spaces/update", Says: "If specified, this will replace all existing devices."},
	spaceUpdateReplacesEntrances: {Path: "/spaces/update", Says: "If specified, this will replace all existing entrances."},

	grantIdentityExists: {Path: "/access_grants/create", Says: "ID of user identity for whom access is being granted."},
	grantSpacesExist:    {Path: "/access_grants/create", Says: "Set of IDs of existing spaces to which access is being granted."},
	grantKeyUnique:      {Path: "/access_grants/create", Says: "Unique key for the access grant within the workspace."},
	grantEndsInFuture:   {Path: "/access_grants/update", Says: "Must be a time in the future and after `starts_at`."},
	grantStartsNow: {Path: "/access_grants/create", Assumed: "the OpenAPI gives starts_at no default; a grant starts when " +
		"it is made"},
	grantRequestedCode:       {Path: "/access_grants/create", Says: "Specific PIN code to use for this access method."},
	grantCodeOnlyForCodeMode: {Path: "/access_grants/create", Says: "Only applicable when mode is 'code'."},
	grantGeneratedCode: {Path: "/access_grants/create", Assumed: "the OpenAPI does not say how Seam makes a PIN code it is " +
		"not given; six digits, within the 4 to 9 a requested code may have"},
	grantMobileKey: {Path: "/access_grants/get",
		Says: "Client Session Token. Only returned if the Access Grant has a mobile_key access method."},
	grantInstantKeyURL: {Path: "/access_grants/get",
		Says: "Instant Key URL. Only returned if the Access Grant has a single mobile_key access_method."},
	grantUnissuedModes: {Path: "/access_methods/get", Says: "Indicates whether the access method has been issued.",
		Assumed: "cards need encoding and cloud keys an app: the stand-in issues neither"},
	grantDisplayName: {Path: "/access_grants/get",
		Says: "Name of the Access Grant. If not provided, the display name will be computed."},
	grantKeepsNoDevices: {Path: "/access_grants/get", Assumed: "Seam's access_grant schema has space_ids and no device_ids; " +
		"the documents do not say whether Seam makes a space for a grant's devices, and the stand-in makes none"},
	grantGetByIDOrKey:     {Path: "/access_grants/get", Says: "Unique key of Access Grant to get."},
	grantListFilters:      {Path: "/access_grants/list", Says: "Filter Access Grants by access_grant_key."},
	grantUpdateKeySelects: {Path: "/access_grants/update", Says: "Key of the Access Grant to update."},
	grantUpdateSetsTimesAndName: {Path: "/access_grants/update",
		Says: "Updates an existing Access Grant's time window."},
	grantDeleteTakesMethods: {Path: "/access_grants/delete", Says: "Delete an Access Grant.",
		Assumed: "that its access methods and the mobile key's client session go with it is not stated"},
	methodsOfGrant: {Path: "/access_methods/list", Says: "Lists all access methods, usually filtered by Access Grant."},
	methodCode:     {Path: "/access_methods/get", Says: "The actual PIN code for code access methods."},

	fakeDiscovers: {Path: "/devices/list", Assumed: "Seam discovers devices and connected accounts; the stand-in passes " +
		"these routes to Seam's fake, which holds seeded ones"},
	deviceSpaces:      {Path: "/devices/get", Says: "IDs of the spaces the device is in."},
	deviceListBySpace: {Path: "/devices/list", Says: "ID of the space for which you want to list devices."},

	thresholdOnSensor: {Path: "/noise_sensors/noise_thresholds/create",
		Says:    "ID of the device for which you want to create a noise threshold.",
		Assumed: "the OpenAPI does not say which devices; Seam's fake answers device_not_found (404) for a device that is not a noise sensor"},
	thresholdTimes: {Path: "/noise_sensors/noise_thresholds/create",
		Says: "Time at which the new noise threshold should become active daily.",
		Assumed: "the OpenAPI gives no form; Seam's fake refuses any other with \"Invalid time format. Must be in the format of " +
			"\"HH:mm:ss[time_zone]\", where time_zone is in the format of \"Region/City\"\" (400 invalid_input)"},
	thresholdDefaults: {Path: "/noise_sensors/noise_thresholds/create", Says: "Name of the new noise threshold.",
		Assumed: "the OpenAPI requires name and noise_threshold_decibels of a threshold but not of a create; Seam's fake names " +
			"one made without a name \"Fake Noise Threshold\", and gives one made with an NRS level 70 dB"},
	thresholdsShipped: {Path: "/noise_sensors/noise_thresholds/list",
		Says: "Each device has its own default thresholds, but you can use the Seam API to modify them."},
	thresholdGet:  {Path: "/noise_sensors/noise_thresholds/get", Says: "ID of the noise threshold that you want to get."},
	thresholdList: {Path: "/noise_sensors/noise_thresholds/list", Says: "ID of the device for which you want to list noise thresholds."},
	thresholdSelectors: {Path: "/noise_sensors/noise_thresholds/update",
		Says:    "ID of the device that contains the noise threshold that you want to update.",
		Assumed: "both are required; a threshold of another device is not found (404 noise_threshold_not_found, as the get answers)"},
	thresholdUpdateSets: {Path: "/noise_sensors/noise_thresholds/update", Says: "Noise level in decibels for the noise threshold."},
	writesAnswerAttempts: {Path: "/noise_sensors/noise_thresholds/create",
		Says: "When you request for a device to perform an action, the Seam API immediately returns an action attempt object."},
	attemptsSettle: {Path: "/action_attempts/get", Says: "In the background, the Seam API performs the action.",
		Assumed: "how long a device takes is not said; the stand-in answers success at the first get after the write, and a " +
			"test's fault makes it error (device_offline) or stay pending; a write whose device fails or never finishes leaves " +
			"the threshold as it was: a create's stays (Seam answered it), an update's change and a delete are not made"},

	presetOfThermostat: {Path: "/thermostats/create_climate_preset",
		Says:    "ID of the thermostat device for which you want create a climate preset.",
		Assumed: "what another device answers is not said; the stand-in refuses it (400 invalid_input)"},
	presetCreate: {Path: "/thermostats/create_climate_preset",
		Says:    "Unique key to identify the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets).",
		Assumed: "a preset made through the API can be edited and deleted, and its display name is its name, else its key"},
	presetKeyTaken: {Path: "/thermostats/create_climate_preset",
		Assumed: "the key is \"Unique\", but what a create with a key in use answers is not said; the stand-in refuses it (400 invalid_input)"},
	presetSelectors: {Path: "/thermostats/update_climate_preset",
		Says:    "ID of the thermostat device for which you want to update a climate preset.",
		Assumed: "a key the thermostat does not have is refused (400 invalid_input): Seam's error for it is not documented"},
	presetCanEdit: {Path: "/devices/get",
		Says:    "Indicates whether the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) key can be edited.",
		Assumed: "what an update of such a preset answers is not said; the stand-in refuses it (400 invalid_input)"},
	presetCanDelete: {Path: "/devices/get",
		Says:    "Indicates whether the [climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) key can be deleted.",
		Assumed: "what a delete of such a preset answers is not said; the stand-in refuses it (400 invalid_input)"},
	presetDeleteClearsFallback: {Path: "/thermostats/delete_climate_preset",
		Assumed: "what deleting the fallback preset does is not said, and no route clears a fallback; the stand-in leaves the " +
			"thermostat without one (fallback_climate_preset_key absent)"},
	presetFallback: {Path: "/devices/get",
		Says: "Key of the [fallback climate preset](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets/setting-the-fallback-climate-preset) for the thermostat."},
	presetsOnDevice: {Path: "/devices/get",
		Says: "Available [climate presets](https://docs.seam.co/capability-guides/thermostats/creating-and-managing-climate-presets) for the thermostat."},
	presetsShipped: {Path: "/devices/get", Assumed: "Seam's fake gives its ecobee thermostat no presets; the stand-in gives it " +
		"three of ecobee's own, so that the provider's refusals of what cannot be edited or deleted can be seen"},
	presetSetPointsBothUnits: {Path: "/thermostats/create_climate_preset",
		Says:    "Temperature to which the thermostat should heat (in °C). See also [Set Points](https://docs.seam.co/capability-guides/thermostats/understanding-thermostat-concepts/set-points).",
		Assumed: "Seam's presets hold both units; the stand-in converts the one given"},
	presetWritesAnswerOK: {Path: "/thermostats/create_climate_preset",
		Assumed: "the OpenAPI's answer of each preset route holds only ok: unlike a noise threshold's, no action attempt to wait for"},
}
