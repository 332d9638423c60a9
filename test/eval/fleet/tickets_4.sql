-- Fleetlane evaluation set, part 4 of 4 (written by hand; see README.md here).
INSERT INTO eval_tickets (id, grp, account, requester, created_at, subject, body) VALUES
(4001, 'D01', 'northwind-logistics', 'dispatch@northwind-logistics.co.uk', '2026-08-03 06:02', $s$Fleetlane down?$s$,
$b$Getting "502 Bad Gateway" on app.fleetlane.com since 6am. Can't dispatch anything.

Gary Holt
Transport Planner | Northwind Logistics Ltd
This e-mail and any attachments are confidential and intended solely for the addressee.$b$),
(4002, 'D01', 'rapidcourier', 'dispo@rapidcourier.de', '2026-08-03 06:05', $s$Portal nicht erreichbar$s$,
$b$Das Portal zeigt nur "502 Bad Gateway". Bitte dringend!$b$),
(4003, 'D01', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-08-03 06:07', $s$Website error$s$,
$b$[06:06] Visitor: your site gives an error page
[06:06] Fleetlane Bot: Sorry to hear that! Could you describe the problem?
[06:07] Visitor: bad gateway 502, nothing loads, the drivers app also can't sync
--
Chat transcript sent from fleetlane.com help widget$b$),
(4004, 'D01', 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-08-03 06:10', $s$Site inaccessible$s$,
$b$Bonjour, le site renvoie une erreur 502 depuis ce matin. Impossible de lancer les tournées.$b$),
(4005, 'D01', 'cityvans', 'ops@cityvans.nl', '2026-08-03 06:15', $s$Outage?$s$,
$b$Is there an outage? Error 502 on every page, status page says all systems operational.$b$),
(4006, 'D01', 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-08-03 06:20', $s$No funciona la plataforma$s$,
$b$La web de Fleetlane da error 502 Bad Gateway. ¿Está caída?$b$),

(4007, NULL, 'cityvans', 'ops@cityvans.nl', '2026-08-05 09:00', $s$Status page subscription$s$,
$b$How can I subscribe to your status page so I get an email when there's an outage?$b$),

(4008, 'D02', 'greenbus', 'control@greenbus.ie', '2026-08-04 02:30', $s$Scheduled report arrives at 2am$s$,
$b$Our daily report is set for 07:00 but has been arriving at 02:00 since last week. Irish time zone set on the account.$b$),
(4009, 'D02', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-08-04 06:00', $s$Geplanter Bericht kommt zur falschen Uhrzeit$s$,
$b$Der tägliche Bericht, eingestellt auf 8:00 Uhr, kommt seit Montag um 6:00 Uhr. Zeitzone ist Europe/Vienna.$b$),
(4010, 'D02', 'harbor-freight', 'analytics@harborfreight.us', '2026-08-04 14:00', $s$Report emails sent hours early$s$,
$b$Hi, the 6pm end-of-day report now shows up around 11am, before the day is over, so half the trips are missing from it.$b$),

(4011, 'D03', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-08-05 07:00', $s$Completed stops lost when no signal$s$,
$b$Drivers delivering in basements (no signal) mark stops as done, but when they come back out the stops are open again and the POD photos are gone.$b$),
(4012, 'D03', 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-08-05 09:00', $s$Offline erledigte Aufträge verschwinden$s$,
$b$Wenn die Fahrer im Funkloch Aufträge abschließen, sind diese nach der Rückkehr ins Netz wieder offen. Der Offline-Modus speichert offenbar nichts.

Gruß
M. Schuster
---
Bauhof Müller GmbH & Co. KG · Industriestr. 8 · 70565 Stuttgart$b$),
(4013, 'D03', 'kidsride', 'office@kidsride-schoolbus.com', '2026-08-05 11:00', $s$Checklist done in the countryside is not saved$s$,
$b$Our rural routes have no mobile coverage. Drivers complete the student check-off list out there and when they get back to town the list is empty again.$b$),

(4014, 'D04', 'metro-waste', 'fleet@metrowaste.co.uk', '2026-08-06 08:00', $s$Can't attach service invoice PDF$s$,
$b$When I try to attach the garage's PDF (1.2 MB) to a service record it says "file too large". The help page says up to 10 MB.$b$),
(4015, 'D04', 'greenbus', 'engineering@greenbus.ie', '2026-08-06 10:00', $s$Upload to maintenance record rejected$s$,
$b$Uploading documents to a maintenance entry fails for anything over ~500 kB ("File too large"). Photos of the work orders are about 2 MB.

Regards,
Declan
Engineering Dept., GreenBus Ireland$b$),

(4016, NULL, 'metro-waste', 'fleet@metrowaste.co.uk', '2026-08-07 08:00', $s$Service history export$s$,
$b$Can I export the full service history for one truck including attachments? We're selling it and the buyer wants the records.$b$),

(4017, 'D05', 'cityvans', 'ops@cityvans.nl', '2026-08-07 09:00', $s$Hundreds of enter/exit alerts at the depot$s$,
$b$Vans parked near the edge of the depot zone trigger enter-exit-enter-exit alerts all night. I got 340 emails. The vans didn't move.$b$),
(4018, 'D05', 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-08-07 10:00', $s$Alertas de entrada y salida sin parar$s$,
$b$Los camiones aparcados junto al límite de la geocerca de la base generan alertas de entrada y salida cada pocos minutos toda la noche, sin moverse.$b$),
(4019, 'D05', 'sunrise-taxi', 'dispatch@sunrisetaxi.com.au', '2026-08-08 01:00', $s$Zone alerts flapping$s$,
$b$Cars waiting at the airport rank keep going in and out of the airport zone according to Fleetlane, dozens of times an hour. GPS drift? Can you add a delay?$b$),

(4020, 'D06', 'harbor-freight', 'safety@harborfreight.us', '2026-08-08 15:00', $s$GPX export of a trip is empty$s$,
$b$Our insurer wants the route of an accident trip. Exporting the trip as GPX downloads a file with only the header, no track points.$b$),
(4021, 'D06', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-08-09 08:00', $s$GPX-Datei ohne Inhalt$s$,
$b$Wenn ich eine Fahrt als GPX exportiere, ist die Datei leer (nur 2 KB, keine Punkte). Die Polizei braucht den Streckenverlauf.$b$),

(4022, 'D07', 'metro-waste', 'it@metrowaste.co.uk', '2026-08-10 08:00', $s$Teams alerts show raw code$s$,
$b$The alerts Fleetlane posts to our Microsoft Teams channel now show as a block of JSON text instead of the nice card with the map.$b$),
(4023, 'D07', 'northwind-logistics', 'it@northwind-logistics.co.uk', '2026-08-10 09:30', $s$Microsoft Teams messages unreadable$s$,
$b$Since Friday the Fleetlane posts in MS Teams look like {"type":"AdaptiveCard","body":[... instead of a formatted message.$b$),

(4024, 'D08', 'fleetpartners', 'support@fleetpartners.eu', '2026-08-11 09:00', $s$Reseller: can't switch to customer accounts$s$,
$b$As a reseller we manage 25 customer accounts. The account switcher at the top right only lists our own account since this morning.$b$),
(4025, 'D08', 'fleetpartners', 'anna@fleetpartners.eu', '2026-08-11 10:30', $s$Customer list gone from account menu$s$,
$b$Hi, following up on my colleague's ticket: the dropdown where we pick which customer to manage is empty. We can't help our customers today.

Anna Kowalska
Fleet Partners Europe – Partner Support$b$),

(4026, 'D09', 'kidsride', 'office@kidsride-schoolbus.com', '2026-08-12 08:00', $s$New users never get their invite$s$,
$b$I invited three new dispatchers yesterday and none of them received the invitation email. I resent it twice.$b$),
(4027, 'D09', 'rapidcourier', 'it@rapidcourier.de', '2026-08-12 09:00', $s$Einladungs-E-Mail kommt nicht an$s$,
$b$Neue Benutzer, die wir einladen, bekommen keine Einladung. Spam-Ordner geprüft. Bitte prüfen.$b$),
(4028, 'D09', 'lyon-livraisons', 'n.roux@lyon-livraisons.fr', '2026-08-12 10:00', $s$Invitation non reçue$s$,
$b$Bonjour, nos deux nouveaux chefs d'équipe n'ont pas reçu l'invitation à créer leur compte. J'ai renvoyé l'invitation ce matin.$b$),
(4029, 'D09', 'coldchain-foods', 'it@coldchain-foods.com', '2026-08-12 13:00', $s$Invitation emails not delivered$s$,
$b$On Mon, Aug 10, 2026 at 4:15 PM Darren Cole <dcole@coldchain-foods.com> wrote:
> Can you add the new planners to Fleetlane?

Hi support, I added them but the invitation emails never reached them. Our mail server logs show nothing incoming from you.

Darren Cole | IT Support | ColdChain Foods$b$),

(4030, NULL, 'kidsride', 'office@kidsride-schoolbus.com', '2026-08-13 08:00', $s$Invite a user as read-only$s$,
$b$When I invite someone, can I make them read-only from the start? Our school contacts should only see the map.$b$),

(4031, 'D10', 'harbor-freight', 'accounts@harborfreight.us', '2026-08-13 15:00', $s$Fuel economy numbers are crazy$s$,
$b$Our trucks show 0.9 MPG in the fuel report this month, they normally do ~6.5. It's like the gallons from the card feed are being read as liters or something.$b$),
(4032, 'D10', 'coldchain-foods', 'finance@coldchain-foods.com', '2026-08-14 09:00', $s$Fuel consumption report nonsense$s$,
$b$The consumption per vehicle in the fuel report is off by a factor of ~4 since we started importing fuel card data. Looks like a unit problem.$b$),

(4033, 'D11', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-08-15 01:00', $s$ドライブレコーダー映像がダウンロードできない$s$,
$b$イベント映像のダウンロードボタンを押すとエラーになり、ファイルが保存されません。ブラウザでの再生は問題ありません。$b$),
(4034, 'D11', 'sunrise-taxi', 'safety@sunrisetaxi.com.au', '2026-08-15 02:00', $s$Dashcam download button gives error$s$,
$b$I can watch the event clips in the browser fine but "Download" fails with "Something went wrong". Insurer wants the file.$b$),

(4035, 'D12', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-08-17 08:00', $s$DDD-Dateien Export: ZIP ist leer$s$,
$b$Beim Export der Tachodaten (DDD-Dateien) für den Monat Juli bekommen wir eine leere ZIP-Datei. Die Dateien sind in der Liste sichtbar.$b$),
(4036, 'D12', 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-08-17 09:00', $s$El ZIP de archivos del tacógrafo viene vacío$s$,
$b$Al exportar los archivos DDD de julio el ZIP descargado no contiene nada. Necesitamos entregarlos a la inspección.$b$),
(4037, 'D12', 'northwind-logistics', 'compliance@northwind-logistics.co.uk', '2026-08-17 10:00', $s$Tacho file bulk export empty$s$,
$b$Bulk export of July's tachograph files produces a zip of 22 bytes. The individual files download fine one by one.

Karen Wood
Compliance Manager
Northwind Logistics Ltd$b$),

(4038, 'D13', 'cityvans', 'ops@cityvans.nl', '2026-08-18 08:00', $s$Speeds shown in mph$s$,
$b$Since this morning all speeds are in mph instead of km/h, although our account is set to metric.$b$),
(4039, 'D13', 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-08-18 08:40', $s$Geschwindigkeit in Meilen$s$,
$b$Fleetlane zeigt Geschwindigkeiten und Strecken plötzlich in Meilen an. Einstellung steht auf Kilometer.$b$),
(4040, 'D13', 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-08-18 09:10', $s$Unités en miles$s$,
$b$Toutes les distances sont en miles depuis ce matin alors que le compte est en kilomètres. Même chose pour les vitesses.$b$),

(4041, NULL, 'harbor-freight', 'ops@harborfreight.us', '2026-08-19 08:00', $s$Switch a user to metric$s$,
$b$One of our Canadian dispatchers wants km instead of miles. Can units be set per user or only per account?$b$),

(4042, 'D14', 'greenbus', 'control@greenbus.ie', '2026-08-19 09:00', $s$Trips start at "Unknown location"$s$,
$b$All trips since yesterday have start and end address "Unknown location" in the trip list. The map shows the right places.$b$),
(4043, 'D14', 'kidsride', 'office@kidsride-schoolbus.com', '2026-08-19 10:00', $s$Addresses missing in trip history$s$,
$b$The trip history no longer shows street addresses, only "Unknown location" everywhere. We use the addresses for the district's mileage claim.$b$),
(4044, 'D14', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-08-20 01:00', $s$走行履歴の住所が「不明な場所」になる$s$,
$b$昨日から走行履歴の出発地・到着地の住所が「Unknown location」と表示されます。$b$),

(4045, 'D15', 'rapidcourier', 'dispo@rapidcourier.de', '2026-08-20 08:00', $s$Keine Fahrzeuge auf der Karte in Firefox$s$,
$b$In Firefox sind auf der Live-Karte keine Fahrzeugsymbole zu sehen, die Karte selbst lädt. In Chrome ist alles da.$b$),
(4046, 'D15', 'northwind-logistics', 'dispatch@northwind-logistics.co.uk', '2026-08-20 09:00', $s$Vehicle icons invisible in Firefox$s$,
$b$Our dispatch PCs use Firefox (company policy). Since the update the vehicle markers don't appear on the map at all. Edge is OK.$b$),

(4047, 'D16', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-08-21 06:00', $s$Messages to drivers delayed by hours$s$,
$b$Messages I send to drivers from the dispatch screen arrive on their app 2-3 hours later. Urgent changes of delivery address are useless like this.$b$),
(4048, 'D16', 'sunrise-taxi', 'dispatch@sunrisetaxi.com.au', '2026-08-21 07:00', $s$Driver chat messages arriving late$s$,
$b$our dispatch chat to drivers takes hours to show up on their phones. driver got "pick up at airport" after he'd gone home$b$),
(4049, 'D16', 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-08-21 08:30', $s$Los mensajes a los conductores llegan tarde$s$,
$b$Los mensajes que mandamos desde la oficina a la app del conductor tardan horas en llegar.$b$),

(4050, 'D17', 'metro-waste', 'it@metrowaste.co.uk', '2026-08-24 08:00', $s$"Too many requests" at login for whole office$s$,
$b$Everyone in our control room gets "429 Too Many Requests" when logging in this morning. We're all behind one public IP. Mobile data works.$b$),
(4051, 'D17', 'greenbus', 'it@greenbus.ie', '2026-08-24 08:30', $s$Login blocked - error 429$s$,
$b$Our depot staff can't log in: error 429. Outside the depot network it works. About 20 people share the connection.$b$),

(4052, 'D18', 'harbor-freight', 'dev@harborfreight.us', '2026-08-25 15:00', $s$Webhook payload lost driver_id$s$,
$b$Trip-ended webhooks stopped including the driver_id field since Aug 24. Our integration assigns trips to payroll by it. Schema docs still list it.$b$),
(4053, 'D18', 'nippon-haiso', 'dev@nippon-haiso.jp', '2026-08-26 02:00', $s$driver_id missing from webhook$s$,
$b$Hello, the field driver_id is not in the trip webhook JSON anymore (from 24 Aug). Please restore, our system fails.$b$),

(4054, 'D19', 'transportes-iberia', 'calidad@transportes-iberia.es', '2026-08-26 09:00', $s$Informe de temperaturas sin nombre de remolque$s$,
$b$El PDF del informe de temperaturas ya no muestra el nombre del remolque en la cabecera de cada página, solo "—". Lo necesitamos para los clientes.$b$),
(4055, 'D19', 'lyon-livraisons', 'qualite@lyon-livraisons.fr', '2026-08-26 10:00', $s$Nom de la remorque absent du rapport de température$s$,
$b$Dans le PDF du relevé de températures, le nom de la remorque n'apparaît plus, il y a un tiret à la place.$b$),
(4056, 'D19', 'coldchain-foods', 'qa@coldchain-foods.com', '2026-08-27 07:00', $s$Temperature PDF header shows a dash$s$,
$b$The trailer name in the temperature report PDF header is just "—" now. Customers asking which trailer the readings are for.$b$),

(4057, 'D20', 'bauhof-mueller', 'verwaltung@bauhof-mueller.de', '2026-08-27 08:00', $s$Neuer Standort für unser Konto$s$,
$b$Wir haben einen neuen Betriebshof in Esslingen. Bitte legen Sie ihn als zweiten Standort in unserem Konto an, mit eigenem Ansprechpartner.$b$),
(4058, 'D20', 'bauhof-mueller', 'verwaltung@bauhof-mueller.de', '2026-08-28 08:00', $s$AW: Neuer Standort für unser Konto$s$,
$b$Hallo, kurze Nachfrage zu gestern: ist der Standort Esslingen schon angelegt?

Mit freundlichen Grüßen
Verwaltung Bauhof Müller

-----Ursprüngliche Nachricht-----
Von: verwaltung@bauhof-mueller.de
Betreff: Neuer Standort für unser Konto
Wir haben einen neuen Betriebshof in Esslingen.$b$),

(4059, NULL, 'alpen-transport', 'verwaltung@alpen-transport.at', '2026-08-28 09:00', $s$Neuer Standort anlegen$s$,
$b$Bitte legen Sie für uns einen zweiten Standort "Wörgl" an. Danke.$b$),
(4060, NULL, 'coldchain-foods', 'finance@coldchain-foods.com', '2026-08-03 11:00', $s$Site down earlier - SLA credit?$s$,
$b$Given the 502 outage this morning, are we entitled to a service credit under our SLA? Please let me know how to claim.$b$),
(4061, NULL, 'greenbus', 'control@greenbus.ie', '2026-08-06 09:00', $s$Report at 7am in summer and winter$s$,
$b$Will the scheduled report keep arriving at 07:00 local time when the clocks change in October?$b$),
(4062, NULL, 'rapidcourier', 'dispo@rapidcourier.de', '2026-08-07 09:00', $s$Offline-Karten in der App$s$,
$b$Kann die Fahrer-App Karten für Gebiete ohne Netz vorab herunterladen?$b$),
(4063, NULL, 'sunrise-taxi', 'fleet@sunrisetaxi.com.au', '2026-08-10 02:00', $s$Airport zone for queue position$s$,
$b$Can Fleetlane tell us the order in which our cars entered the airport zone, so we can see queue position?$b$),
(4064, NULL, 'northwind-logistics', 'it@northwind-logistics.co.uk', '2026-08-11 10:00', $s$Teams connector for a second channel$s$,
$b$Can we send geofence alerts to one Teams channel and maintenance reminders to another?$b$),
(4065, NULL, 'harbor-freight', 'dev@harborfreight.us', '2026-08-12 15:00', $s$Webhook retries$s$,
$b$How many times do you retry a webhook delivery when our endpoint returns 503, and with what backoff?$b$),
(4066, NULL, 'kidsride', 'billing@kidsride-schoolbus.com', '2026-08-13 09:00', $s$Update our card$s$,
$b$Our credit card expires this month. Please tell me how to update the card on our account.$b$),
(4067, NULL, 'cityvans', 'finance@cityvans.nl', '2026-08-14 09:00', $s$New credit card$s$,
$b$We have a new company credit card, how do I change the card for our Fleetlane subscription?$b$),
(4068, NULL, 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-08-17 09:00', $s$Messages prédéfinis pour les chauffeurs$s$,
$b$Peut-on créer des messages prédéfinis (« Appelez le bureau », « Retour au dépôt ») pour les envoyer plus vite aux chauffeurs ?$b$),
(4069, NULL, 'nippon-haiso', 'support@nippon-haiso.jp', '2026-08-18 01:00', $s$ETCデータの取り込み$s$,
$b$ETCの利用明細を取り込んで、車両ごとの高速料金を集計することはできますか。$b$),
(4070, NULL, 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-08-19 08:00', $s$Velocidad máxima por tipo de vía$s$,
$b$¿Se pueden definir límites de velocidad propios para nuestros camiones según el tipo de vía?$b$),
(4071, NULL, 'metro-waste', 'fleet@metrowaste.co.uk', '2026-08-20 08:00', $s$Bin collection proof photos$s$,
$b$Can drivers attach a photo at each collection point as proof the bin was emptied? Like the proof of delivery feature.$b$),
(4072, NULL, 'greenbus', 'engineering@greenbus.ie', '2026-08-21 10:00', $s$Engine fault codes from the CAN bus$s$,
$b$Do the FL-500 units read engine fault codes (DTCs) from our buses' CAN bus and show them in Fleetlane?$b$),
(4073, NULL, 'fleetpartners', 'support@fleetpartners.eu', '2026-08-24 09:00', $s$Reseller margin report$s$,
$b$Is there a report of the licences billed per customer account for our reseller invoicing?$b$),
(4074, NULL, 'alpen-transport', 'leitstand@alpen-transport.at', '2026-08-25 08:00', $s$Maut-Daten aus der GO-Box$s$,
$b$Können die Mautdaten der GO-Box in Fleetlane übernommen werden?$b$),
(4075, NULL, 'bauhof-mueller', 'it@bauhof-mueller.de', '2026-08-26 10:00', $s$Passwort-Richtlinie anpassen$s$,
$b$Können wir als Admin die Passwort-Richtlinie für unser Konto verschärfen (Länge 14, Ablauf 90 Tage)?$b$),
(4076, NULL, 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-08-27 09:00', $s$Delivery time windows$s$,
$b$Can route optimisation respect customer delivery windows (e.g. 8-10am only)?$b$),
(4077, NULL, 'rapidcourier', 'kundenservice@rapidcourier.de', '2026-08-28 10:00', $s$SMS an Empfänger vor Zustellung$s$,
$b$Kann Fleetlane dem Empfänger automatisch eine SMS schicken, wenn der Fahrer zwei Stopps entfernt ist?$b$),
(4078, NULL, 'sunrise-taxi', 'admin@sunrisetaxi.com.au', '2026-08-28 23:00', $s$Driver app on tablets in landscape$s$,
$b$Does the driver app support landscape mode on tablets? Our cars have dash-mounted tablets.$b$),
(4079, NULL, 'harbor-freight', 'compliance@harborfreight.us', '2026-08-29 10:00', $s$ELD certification$s$,
$b$Is the Fleetlane driver app a registered ELD with FMCSA? Our auditor asked for the registration number.$b$),
(4080, NULL, 'kidsride', 'office@kidsride-schoolbus.com', '2026-08-31 08:00', $s$Student attendance export$s$,
$b$Can the student check-off lists be exported per school and month for the district?$b$)
;
