-- Fleetlane evaluation set, part 3 of 4 (written by hand; see README.md here).
INSERT INTO eval_tickets (id, grp, account, requester, created_at, subject, body) VALUES
(3001, 'C01', 'northwind-logistics', 'dispatch@northwind-logistics.co.uk', '2026-07-01 07:30', $s$Vehicle names mixed up on map$s$,
$b$Morning. The labels on the live map are swapped around: the marker called "Van 12" is actually van 7 (checked by phoning the driver). Several more like this. Trip history under each vehicle looks right.$b$),
(3002, 'C01', 'greenbus', 'control@greenbus.ie', '2026-07-01 08:10', $s$Wrong bus number next to the icon$s$,
$b$The number shown beside each bus icon doesn't match the bus. Route 39 bus is labelled 204. We send people to the wrong vehicle because of it!

Sent from Outlook for Android$b$),
(3003, 'C01', 'cityvans', 'ops@cityvans.nl', '2026-07-01 09:00', $s$Map shows other van's name$s$,
$b$[08:55] Visitor: hi, on the map the names of my vans are mixed
[08:55] Fleetlane Bot: I can help with that. Can you tell me more?
[08:56] Visitor: van 3 shows as van 11 and 11 as 5. since this morning
[08:57] Visitor: the list on the left is fine, only the labels on the map itself
--
Transcript of your chat with Fleetlane, 1 July 2026$b$),

(3004, NULL, 'northwind-logistics', 'dispatch@northwind-logistics.co.uk', '2026-07-02 10:00', $s$Show registration instead of name on map$s$,
$b$Can the map labels show the number plate rather than the vehicle name? Our agency drivers only know the plates.$b$),

(3005, 'C02', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-07-02 06:00', $s$Address search puts pin in the wrong town$s$,
$b$When I type a customer address in the map search (e.g. 1200 W Fulton Market, Chicago) it drops the pin in Fulton, Illinois, 150 miles away. Until last week it was accurate.$b$),
(3006, 'C02', 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-07-02 08:20', $s$La recherche d'adresse ne trouve plus rien$s$,
$b$Bonjour,
quand on cherche une adresse sur la carte, soit il n'y a aucun résultat, soit il propose une ville homonyme à l'autre bout de la France. Ex. « 8 rue Mercière Lyon » → Mercière dans le Jura.
Merci$b$),
(3007, 'C02', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-07-02 09:45', $s$Adresssuche liefert falsche Orte$s$,
$b$Die Suche nach Adressen in der Karte springt zu falschen Orten mit ähnlichem Namen. "Museumstraße 5 Innsbruck" landet in Deutschland.$b$),

(3008, 'C03', 'harbor-freight', 'accounts@harborfreight.us', '2026-07-03 15:00', $s$Billing page: invoices give 404$s$,
$b$Clicking any invoice under Settings > Billing opens an error 404 page instead of the PDF. All months. Our auditors need them this week.$b$),
(3009, 'C03', 'metro-waste', 'accounts@metrowaste.co.uk', '2026-07-04 08:30', $s$Cannot open past invoices - 404 not found$s$,
$b$Hi,
When we click the download icon for our invoices we get "404 Not Found". This happens for every invoice, old and new.

Kind regards,
Accounts Payable
Metro Waste Services Ltd
Registered in England No. 04567123$b$),
(3010, 'C03', 'rapidcourier', 'buchhaltung@rapidcourier.de', '2026-07-04 09:30', $s$Rechnungen lassen sich nicht öffnen (Fehler 404)$s$,
$b$Beim Klick auf eine Rechnung im Bereich Abrechnung erscheint Fehler 404. Bitte beheben, unsere Buchhaltung braucht die PDFs.$b$),

(3011, NULL, 'metro-waste', 'accounts@metrowaste.co.uk', '2026-07-06 10:00', $s$Invoices to a second email$s$,
$b$Please send our invoices to ap@metrowaste.co.uk as well as to this address.$b$),

(3012, 'C04', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-07-05 07:00', $s$Customers can't sign on tablets$s$,
$b$On our Android delivery tablets the proof of delivery signature box doesn't draw anything when the customer signs with a finger. So drivers can't complete the stop.$b$),
(3013, 'C04', 'rapidcourier', 'dispo@rapidcourier.de', '2026-07-05 08:00', $s$Unterschriftenfeld reagiert nicht$s$,
$b$Hallo, auf den Android-Geräten unserer Fahrer lässt sich bei der Zustellung keine Unterschrift mehr leisten – das Feld bleibt leer, egal wie man malt. Zustellungen hängen deshalb.

Gruß, Dispo Rapid Courier$b$),
(3014, 'C04', 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-07-05 09:00', $s$Signature du client impossible$s$,
$b$Les clients ne peuvent plus signer sur l'écran à la livraison (tablettes Android). Le trait n'apparaît pas et le bouton Valider reste grisé.$b$),
(3015, 'C04', 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-07-05 10:30', $s$No se puede firmar la entrega$s$,
$b$En las tabletas Android el cliente no puede firmar el albarán: al pasar el dedo no se dibuja nada y no deja cerrar la parada.$b$),

(3016, 'C05', 'sunrise-taxi', 'dispatch@sunrisetaxi.com.au', '2026-07-06 01:00', $s$No push notification for new bookings$s$,
$b$Drivers on iPhone don't get the ping when a new job is dispatched anymore; they only see it if they open the app. Android drivers get it.$b$),
(3017, 'C05', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-07-06 06:30', $s$iOS drivers not alerted about new jobs$s$,
$b$Our iPhone drivers say the app is silent when a job is assigned. Notifications are allowed in iOS settings. Started this week.$b$),
(3018, 'C05', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-07-06 09:00', $s$iPhoneで新規配送の通知が来ない$s$,
$b$iPhoneのドライバーアプリで、新しい配送が割り当てられてもプッシュ通知が届きません。Androidは届いています。$b$),

(3019, NULL, 'sunrise-taxi', 'dispatch@sunrisetaxi.com.au', '2026-07-08 02:00', $s$Change notification sound$s$,
$b$Could the driver app use a louder sound for new jobs? Drivers miss it in traffic.$b$),

(3020, 'C06', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-07-07 05:00', $s$Route optimisation never returns$s$,
$b$Optimising a route with 70 stops just spins. I waited 15 minutes. With 20 stops it's instant. We need this every morning at 5.$b$),
(3021, 'C06', 'rapidcourier', 'dispo@rapidcourier.de', '2026-07-07 05:45', $s$Tourenoptimierung hängt bei vielen Stopps$s$,
$b$Die Tourenoptimierung bleibt bei Touren mit mehr als 50 Stopps hängen, die Sanduhr läuft ewig. Kleine Touren gehen.$b$),
(3022, 'C06', 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-07-07 06:15', $s$Optimisation de tournée : délai dépassé$s$,
$b$Bonjour, l'optimisation des tournées de plus de 60 arrêts finit par « délai dépassé ». Cela marchait le mois dernier avec 80 arrêts.

--
Envoyé depuis mon mobile$b$),

(3023, NULL, 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-07-08 09:00', $s$Route optimisation: avoid low bridges$s$,
$b$Can route optimisation take our trailer height (4.1 m) into account and avoid low bridges?$b$),

(3024, 'C07', 'harbor-freight', 'compliance@harborfreight.us', '2026-07-08 10:00', $s$IFTA report miles per state are wrong$s$,
$b$Our Q2 IFTA report gives 0 miles in Oregon though we run Portland daily, and all those miles are put under Washington. The trips themselves clearly cross into Oregon.$b$),
(3025, 'C07', 'northwind-logistics', 'compliance@northwind-logistics.co.uk', '2026-07-08 11:30', $s$Distance by country report puts everything in UK$s$,
$b$The distance-per-country report for June shows all km in the United Kingdom although 14 trucks did Ireland runs via Holyhead. We need the split for the Irish road tax.

Karen Wood
Compliance Manager$b$),

(3026, NULL, 'harbor-freight', 'compliance@harborfreight.us', '2026-07-09 10:00', $s$IFTA fuel purchases by state$s$,
$b$Does the IFTA report also list fuel purchased per state, or only miles? Our accountant needs both.$b$),

(3027, 'C08', 'northwind-logistics', 'it@northwind-logistics.co.uk', '2026-07-09 08:00', $s$2FA text messages not arriving$s$,
$b$Since this morning none of our users receive the SMS with the verification code when logging in. We've tried UK numbers on three networks.$b$),
(3028, 'C08', 'sunrise-taxi', 'admin@sunrisetaxi.com.au', '2026-07-09 09:30', $s$verification code sms never comes$s$,
$b$can't log in, waiting for the six digit code by text and nothing. tried resend 5 times. colleague same problem.$b$),
(3029, 'C08', 'greenbus', 'it@greenbus.ie', '2026-07-09 10:00', $s$Login code by SMS not delivered$s$,
$b$Hello, our dispatchers can't sign in: the one-time code SMS isn't delivered. Email login codes still arrive for those who use email.

Kind regards
GreenBus IT Helpdesk
This message and its attachments are intended for the addressee only.$b$),

(3030, NULL, 'greenbus', 'it@greenbus.ie', '2026-07-10 08:00', $s$Reset 2FA for dispatcher who lost phone$s$,
$b$Our dispatcher Ciara lost her phone. Please reset 2FA for ciara.n@greenbus.ie so she can set it up on her new phone.$b$),
(3031, NULL, 'rapidcourier', 'it@rapidcourier.de', '2026-07-10 09:00', $s$2FA zurücksetzen$s$,
$b$Bitte setzen Sie die Zwei-Faktor-Anmeldung für t.klein@rapidcourier.de zurück, er hat ein neues Handy.$b$),

(3032, 'C09', 'cityvans', 'ops@cityvans.nl', '2026-07-10 10:00', $s$Vehicle import CSV fails on first row$s$,
$b$I exported our vehicle list from Excel as CSV and the import says "Row 1: unknown column 'name'". The header is exactly as in your template.$b$),
(3033, 'C09', 'alpen-transport', 'verwaltung@alpen-transport.at', '2026-07-10 11:00', $s$Fahrzeugimport: unbekannte Spalte$s$,
$b$Beim Import unserer Fahrzeugliste (CSV aus Excel, Semikolon) kommt "Zeile 1: unbekannte Spalte". Die Spaltennamen haben wir aus der Vorlage kopiert. Hängt das mit Umlauten zusammen?$b$),
(3034, 'C09', 'lyon-livraisons', 'n.roux@lyon-livraisons.fr', '2026-07-11 09:00', $s$Import de véhicules refusé$s$,
$b$L'import du fichier CSV des véhicules échoue avec « Ligne 1 : colonne inconnue ». Le fichier a été enregistré depuis Excel. Avec le modèle vierge, même chose.$b$),

(3035, NULL, 'cityvans', 'ops@cityvans.nl', '2026-07-12 10:00', $s$Bulk import of drivers?$s$,
$b$Is there also an import for drivers, like the one for vehicles? We have 60 new seasonal drivers.$b$),

(3036, 'C10', 'harbor-freight', 'dev@harborfreight.us', '2026-07-12 14:00', $s$Zapier trigger not firing$s$,
$b$Our Zap that starts on "New alert in Fleetlane" hasn't run since July 10. Zapier says the trigger is polling fine but finds nothing new. There were plenty of alerts.$b$),
(3037, 'C10', 'coldchain-foods', 'it@coldchain-foods.com', '2026-07-12 16:00', $s$Zap no longer creates tickets from alarms$s$,
$b$We use Zapier to create a ticket for every temperature alarm. No new ones since Friday, although Fleetlane shows 30 alarms. Reconnecting the Fleetlane account in Zapier didn't help.$b$),

(3038, 'C11', 'kidsride', 'office@kidsride-schoolbus.com', '2026-07-13 08:00', $s$Dashboard layout resets every time$s$,
$b$I arrange my dashboard widgets (map big, alerts on the right) and the next time I log in they're back to the default. Very annoying.$b$),
(3039, 'C11', 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-07-13 09:00', $s$El panel no guarda mi configuración$s$,
$b$Cada vez que entro, el panel de inicio vuelve a la disposición por defecto y pierdo los widgets que añadí.$b$),
(3040, 'C11', 'metro-waste', 'control@metrowaste.co.uk', '2026-07-13 10:30', $s$Widgets forget their position$s$,
$b$My home screen widgets don't stay where I put them. After logout/login everything is back to how it was on day one.$b$),

(3041, 'C12', 'coldchain-foods', 'qa@coldchain-foods.com', '2026-07-14 07:00', $s$New trailer trackers show 0% battery$s$,
$b$The asset trackers we fitted to 10 new trailers last week all report 0% battery, although they are brand new and still send positions every hour.$b$),
(3042, 'C12', 'harbor-freight', 'ops@harborfreight.us', '2026-07-14 13:00', $s$Asset tags battery empty?$s$,
$b$Our container tags say battery 0 in the asset list but they keep reporting. Do we need to replace them or is the reading wrong? Model FL-A10.$b$),

(3043, 'C13', 'bauhof-mueller', 'personal@bauhof-mueller.de', '2026-07-15 08:00', $s$Pausen werden als Arbeitszeit gezählt$s$,
$b$Im Arbeitszeitbericht werden die Pausen der Fahrer als Arbeitszeit gerechnet. Die Fahrer stempeln die Pause in der App ordnungsgemäß. Dadurch stimmen die Überstunden nicht.$b$),
(3044, 'C13', 'northwind-logistics', 'payroll@northwind-logistics.co.uk', '2026-07-15 09:00', $s$Overtime too high - breaks included$s$,
$b$Payroll noticed the working time report adds drivers' breaks to their working hours. The breaks are recorded in the driver app. Every driver shows about 45 minutes of extra overtime a day.$b$),
(3045, 'C13', 'transportes-iberia', 'rrhh@transportes-iberia.es', '2026-07-16 08:00', $s$Las pausas cuentan como horas trabajadas$s$,
$b$En el informe de jornada laboral las pausas se suman a las horas de trabajo. Los conductores las registran en la app.$b$),

(3046, NULL, 'bauhof-mueller', 'personal@bauhof-mueller.de', '2026-07-17 08:00', $s$Arbeitszeitbericht als Excel$s$,
$b$Kann man den Arbeitszeitbericht direkt als Excel-Datei bekommen statt PDF?$b$),

(3047, 'C14', 'metro-waste', 'control@metrowaste.co.uk', '2026-07-16 09:00', $s$Can't select a single truck when zoomed out$s$,
$b$When the map is zoomed out the trucks group into a bubble with a number and clicking it doesn't zoom in or open anything. I have to zoom in manually street by street.$b$),
(3048, 'C14', 'greenbus', 'control@greenbus.ie', '2026-07-16 10:00', $s$Clicking vehicle group on map does nothing$s$,
$b$The round grouped icons ("12") on the map no longer expand when clicked. Worked last week.$b$),

(3049, 'C15', 'rapidcourier', 'sicherheit@rapidcourier.de', '2026-07-17 07:00', $s$Fahrstil-Bewertung viel zu streng seit Update$s$,
$b$Seit dem letzten Update bekommen unsere Fahrer für fast jedes Anfahren an der Ampel "starke Beschleunigung". Die Punktzahlen sind eingebrochen, obwohl niemand anders fährt.$b$),
(3050, 'C15', 'sunrise-taxi', 'safety@sunrisetaxi.com.au', '2026-07-17 08:00', $s$Harsh acceleration flagged all the time$s$,
$b$Our drivers get harsh acceleration events for normal take-offs since the update last week. Eco scores went from ~85 to ~50 overnight.

Melissa Grant
Safety Manager, Sunrise Taxi Pty Ltd$b$),
(3051, 'C15', 'cityvans', 'ops@cityvans.nl', '2026-07-17 09:30', $s$Eco-driving score collapsed$s$,
$b$Why did everybody's eco-driving score drop by 30 points this week? The detail shows lots of "acceleration" events, drivers swear they drive the same.$b$),

(3052, NULL, 'sunrise-taxi', 'safety@sunrisetaxi.com.au', '2026-07-18 02:00', $s$Set our own harsh braking threshold$s$,
$b$Can we set our own g-force threshold for harsh braking events? Our taxis brake differently from trucks.$b$),

(3053, 'C16', 'harbor-freight', 'dev@harborfreight.us', '2026-07-18 15:00', $s$API /positions returns 504$s$,
$b$GET /v2/positions?fleet=all now times out with 504 Gateway Timeout after 30 s. With ?group=west (40 vehicles) it works. We have 420 vehicles.$b$),
(3054, 'C16', 'nippon-haiso', 'dev@nippon-haiso.jp', '2026-07-19 02:00', $s$API 504 timeout on positions endpoint$s$,
$b$Hello, we call positions endpoint for all 600 vehicles and get HTTP 504 since July 17. Smaller request OK. Please check.

Regards,
Dev team, Nippon Haiso$b$),

(3055, 'C17', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-07-20 01:00', $s$日報PDFの文字化け$s$,
$b$運転日報をPDFで出力すると、日本語の部分がすべて「□□□」のように文字化けします。画面上では正しく表示されています。$b$),
(3056, 'C17', 'nippon-haiso', 'kanri@nippon-haiso.jp', '2026-07-21 00:30', $s$PDFの日本語が表示されない$s$,
$b$お疲れ様です。レポートをPDFにすると住所と運転者名が四角になって読めません。先週から。

管理部 佐藤$b$),
(3057, 'C17', 'nippon-haiso', 'yamada@nippon-haiso.jp', '2026-07-21 03:00', $s$Japanese characters broken in PDF reports$s$,
$b$Our daily driving report PDFs show boxes instead of Japanese characters (driver names, addresses). On screen it is fine. Started last week.$b$),

(3058, 'C18', 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-07-21 08:00', $s$Mapa gris en la app del conductor$s$,
$b$En la app del conductor el mapa sale gris, sin calles, solo el punto azul. Pasa en todos los móviles desde ayer.$b$),
(3059, 'C18', 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-07-21 09:00', $s$Carte grise dans l'application chauffeur$s$,
$b$La carte de l'application chauffeur n'affiche plus les rues, seulement un fond gris avec la position. Depuis hier, sur tous les téléphones.$b$),
(3060, 'C18', 'kidsride', 'office@kidsride-schoolbus.com', '2026-07-21 12:00', $s$Driver app map is just grey$s$,
$b$Bus drivers say the map in their app is an empty grey square, no roads, since yesterday. Navigation doesn't work for the new routes.$b$),

(3061, 'C19', 'metro-waste', 'gis@metrowaste.co.uk', '2026-07-22 10:00', $s$KML geofence import fails$s$,
$b$Uploading our collection zones as a KML file (exported from Google Earth) fails with "Invalid file". It's a valid KML, 35 polygons.$b$),
(3062, 'C19', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-07-22 11:00', $s$Geozonen aus KML-Datei importieren geht nicht$s$,
$b$Der Import unserer Geozonen als KML bricht mit "Ungültige Datei" ab. Die Datei lässt sich in Google Earth öffnen.$b$),

(3063, 'C20', 'northwind-logistics', 'it@northwind-logistics.co.uk', '2026-07-23 09:00', $s$Audit log has gaps$s$,
$b$Our security review found the audit log has no entries between 14 and 18 July, although users changed geofences and roles in that time (we have emails about it).$b$),
(3064, 'C20', 'harbor-freight', 'it@harborfreight.us', '2026-07-23 14:00', $s$Activity history missing changes$s$,
$b$I can't find who deleted the "Port" geofence on July 16 — the activity history shows nothing for that week. Is the history incomplete?$b$),

(3065, NULL, 'coldchain-foods', 'finance@coldchain-foods.com', '2026-07-01 10:00', $s$Annual billing option$s$,
$b$Do you offer annual billing with a discount? We'd prefer one invoice per year.$b$),
(3066, NULL, 'alpen-transport', 'verwaltung@alpen-transport.at', '2026-07-03 10:00', $s$UID-Nummer auf der Rechnung$s$,
$b$Bitte ergänzen Sie unsere UID-Nummer ATU12345678 auf künftigen Rechnungen.$b$),
(3067, NULL, 'kidsride', 'office@kidsride-schoolbus.com', '2026-07-05 10:00', $s$Parent app for bus arrival$s$,
$b$Do you have an app that parents can install to see where the school bus is, or is it only the SMS messages?$b$),
(3068, NULL, 'greenbus', 'control@greenbus.ie', '2026-07-07 09:00', $s$Live map refresh interval$s$,
$b$How often do positions refresh on the live map? We see updates every 30 seconds; can it be every 10?$b$),
(3069, NULL, 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-07-09 11:00', $s$Añadir un conductor nuevo$s$,
$b$¿Cómo doy de alta a un conductor nuevo y le asigno un camión?$b$),
(3070, NULL, 'rapidcourier', 'dispo@rapidcourier.de', '2026-07-11 08:00', $s$Stopp-Reihenfolge in der App$s$,
$b$Sehen die Fahrer die Stopps in der Reihenfolge der Optimierung oder alphabetisch?$b$),
(3071, NULL, 'lyon-livraisons', 'direction@lyon-livraisons.fr', '2026-07-13 10:00', $s$Formation pour nos nouveaux chefs d'équipe$s$,
$b$Proposez-vous une formation en ligne à Fleetlane pour trois nouveaux chefs d'équipe ?$b$),
(3072, NULL, 'nippon-haiso', 'support@nippon-haiso.jp', '2026-07-15 02:00', $s$車両の並び順を変更したい$s$,
$b$車両一覧の並び順を車両番号順に変更できますか。$b$),
(3073, NULL, 'sunrise-taxi', 'fleet@sunrisetaxi.com.au', '2026-07-16 03:00', $s$Taxi meter integration$s$,
$b$Can Fleetlane read fares from our taxi meters (Cabcharge) so we see revenue per shift?$b$),
(3074, NULL, 'harbor-freight', 'ops@harborfreight.us', '2026-07-19 15:00', $s$Reefer alarm thresholds per customer$s$,
$b$Can temperature alarm limits be set per customer/load instead of per trailer? Different loads need different ranges.$b$),
(3075, NULL, 'metro-waste', 'fleet@metrowaste.co.uk', '2026-07-22 08:00', $s$Tyre pressure monitoring$s$,
$b$Does Fleetlane support TPMS sensors for tyre pressure on our trucks?$b$),
(3076, NULL, 'cityvans', 'ops@cityvans.nl', '2026-07-23 08:00', $s$Electric vans: state of charge$s$,
$b$We are getting 10 electric vans. Can Fleetlane show the battery state of charge and range on the map?$b$),
(3077, NULL, 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-07-24 08:00', $s$Baumaschinen ohne Zündung orten$s$,
$b$Können wir auch Baumaschinen ohne Zündungssignal orten, z.B. einen Anhänger-Kompressor?$b$),
(3078, NULL, 'northwind-logistics', 'dispatch@northwind-logistics.co.uk', '2026-07-24 09:00', $s$Private trips for company cars$s$,
$b$Our sales reps use company cars privately at weekends. Can they mark trips as private so managers don't see the route?$b$)
;
