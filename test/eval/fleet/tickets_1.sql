-- Fleetlane evaluation set, part 1 of 4 (written by hand; see README.md here).
INSERT INTO eval_tickets (id, grp, account, requester, created_at, subject, body) VALUES
(1001, 'A01', 'northwind-logistics', 'dispatch@northwind-logistics.co.uk', '2026-05-04 07:12', $s$Live map not updating$s$,
$b$Hi,

since about 7 this morning none of our vans move on the live map. They all show the last position from yesterday evening. Drivers are definitely out on the road.

Thanks
Gary Holt
Transport Planner | Northwind Logistics Ltd
Unit 4, Brookside Trading Estate, Leeds LS11 5QT
This e-mail and any attachments are confidential and intended solely for the addressee.$b$),
(1002, 'A01', 'cityvans', 'ops@cityvans.nl', '2026-05-04 07:31', $s$All vehicles still parked at depot??$s$,
$b$Our whole fleet appears to be sitting in the yard on the map but half of them left at 6:00. The dots have not changed for two hours. Is something down on your side?$b$),
(1003, 'A01', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-05-04 07:48', $s$Fahrzeugpositionen werden nicht aktualisiert$s$,
$b$Guten Morgen,

auf der Karte bewegen sich seit heute früh keine Fahrzeuge mehr. Die letzte Position ist von gestern 19 Uhr. Die Geräte haben laut Fahrern Empfang.

Mit freundlichen Grüßen
Sabine Eder
Disposition – Alpen Transport GmbH
Tel. +43 512 33 44 55$b$),
(1004, 'A01', 'greenbus', 'control@greenbus.ie', '2026-05-04 08:02', $s$Real-time tracking frozen$s$,
$b$[08:01] Visitor: hello is tracking broken? our buses are frozen in place
[08:01] Fleetlane Bot: Thanks for reaching out! An agent will be with you shortly.
[08:03] Visitor: every bus shows the same spot as last night, passengers are calling us asking where the 7:40 is
[08:04] Visitor: please hurry
--
Chat transcript sent from fleetlane.com help widget$b$),

(1005, NULL, 'northwind-logistics', 'gary.holt@northwind-logistics.co.uk', '2026-05-06 10:20', $s$Live map - satellite view?$s$,
$b$Is it possible to switch the live map to a satellite view? Our drivers find the depot entrances easier to describe that way. Not urgent.

Gary Holt
Transport Planner | Northwind Logistics Ltd$b$),

(1006, 'A02', 'coldchain-foods', 'reports@coldchain-foods.com', '2026-05-05 14:10', $s$Trip report PDF never finishes$s$,
$b$When I request the monthly trip report as PDF for all 80 trucks the progress bar sits at 60% forever. I left it for an hour. Smaller date ranges are fine.$b$),
(1007, 'A02', 'harbor-freight', 'accounts@harborfreight.us', '2026-05-05 16:45', $s$Can't download April mileage summary$s$,
$b$Hello support,
I'm trying to get the April summary for our whole fleet and the file just never arrives. The spinner keeps going and then nothing. One week at a time works but that's 5 downloads.
Regards, Tom

On Mon, May 4, 2026 at 9:02 AM Fleetlane Support <support@fleetlane.com> wrote:
> Hi Tom, your reports are available under Reports > Trips. Let us know if you need anything else.
> Best, Priya$b$),
(1008, 'A02', 'lyon-livraisons', 'compta@lyon-livraisons.fr', '2026-05-06 09:05', $s$Export du rapport mensuel bloqué$s$,
$b$Bonjour,

Le téléchargement du rapport de trajets pour le mois complet reste bloqué, la roue tourne sans fin. Pour une semaine ça marche. Nous avons 65 véhicules.

Cordialement,
Nathalie Roux
Service comptabilité – Lyon Livraisons SARL$b$),

(1009, NULL, 'coldchain-foods', 'reports@coldchain-foods.com', '2026-05-07 11:00', $s$Trip report PDF - add our logo$s$,
$b$Could the trip report PDF carry our company logo in the header instead of the Fleetlane one? Our customers receive these as proof of delivery.$b$),

(1010, 'A03', 'rapidcourier', 'it@rapidcourier.de', '2026-05-07 06:40', $s$Driver app crashes on iPhone after update$s$,
$b$Since the app updated to 4.12 last night, the driver app closes immediately when drivers tap "Start shift" on iPhone. Reinstalling does not help. About 30 drivers affected, all iOS.$b$),
(1011, 'A03', 'sunrise-taxi', 'fleet@sunrisetaxi.com.au', '2026-05-07 07:15', $s$app keeps closing$s$,
$b$hi my drivers cant begin their shift, the app just disappears when they press the green button. they have iphones. android guys are fine.

Sent from my iPhone$b$),
(1012, 'A03', 'transportes-iberia', 'soporte@transportes-iberia.es', '2026-05-07 08:30', $s$La aplicación del conductor se cierra sola$s$,
$b$Hola,

desde la última actualización la app de conductor en iPhone se cierra al pulsar "Iniciar turno". En Android funciona bien. ¿Sabéis algo?

Un saludo,
Javier Morales
Jefe de flota – Transportes Iberia S.L.
Aviso legal: este mensaje puede contener información confidencial.$b$),
(1013, 'A03', 'rapidcourier', 'k.weber@rapidcourier.de', '2026-05-07 09:02', $s$Fahrer-App stürzt ab (iOS)$s$,
$b$Hallo, Nachtrag zu unserem Ticket von heute früh: auch nach dem Neustart der iPhones stürzt die App beim Schichtbeginn ab. Version 4.12.0.

Viele Grüße
Katrin Weber, IT$b$),

(1014, NULL, 'sunrise-taxi', 'fleet@sunrisetaxi.com.au', '2026-05-11 03:20', $s$How do drivers change the app language?$s$,
$b$One of our drivers would like the driver app in Vietnamese on his iPhone. Where is the language setting? Is Vietnamese available?$b$),

(1015, 'A04', 'metro-waste', 'control@metrowaste.co.uk', '2026-05-08 13:00', $s$Geofence alerts arriving very late$s$,
$b$We get the "left depot" alert around 2-3 hours after the truck actually leaves. Yesterday the alert for LX21 ABC came at 11:40, the trip started at 08:55. This makes the alerts pointless for us.

--
Metro Waste Services | Control Room
Please consider the environment before printing this email.$b$),
(1016, 'A04', 'kidsride', 'office@kidsride-schoolbus.com', '2026-05-08 15:20', $s$Arrival notifications come after the bus is already at school$s$,
$b$Parents are complaining: the "bus is arriving" message reaches them when the kids are already in class. The zone around each school has not changed. It used to be within a minute.$b$),
(1017, 'A04', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-05-09 01:10', $s$ジオフェンス通知の遅延について$s$,
$b$いつもお世話になっております。

ジオフェンスの入退場通知が、実際の出入りから2時間以上遅れて届きます。昨日から発生しています。確認をお願いします。

日本配送株式会社　運行管理課
山田 太郎$b$),

(1018, NULL, 'metro-waste', 'control@metrowaste.co.uk', '2026-05-12 09:30', $s$How to draw a geofence as a polygon$s$,
$b$Our landfill site is an odd shape and the circle geofence catches the road next to it. Can I draw a polygon instead of a circle? I can't find the option.$b$),

(1019, 'A05', 'coldchain-foods', 'finance@coldchain-foods.com', '2026-05-08 09:00', $s$Fuel card transactions missing since Monday$s$,
$b$Hi team, the fuel transactions from our fuel cards have not appeared in Fleetlane since Monday. The card provider portal shows them, so it's the import. Fuel per km report is useless without them.$b$),
(1020, 'A05', 'harbor-freight', 'accounts@harborfreight.us', '2026-05-08 17:30', $s$Fuel purchases not showing up$s$,
$b$Our diesel fill-ups for this week are not in the fuel report. Last entry is Sunday night. Did the feed from the card company stop?

Tom Alvarez
Harbor Freight Co. – Accounts
(555) 201-8890$b$),
(1021, 'A05', 'bauhof-mueller', 'buchhaltung@bauhof-mueller.de', '2026-05-09 08:15', $s$Tankkarten-Daten fehlen$s$,
$b$Sehr geehrte Damen und Herren,

seit Montag werden keine Tankvorgänge unserer Tankkarten mehr übernommen. Bitte prüfen Sie die Schnittstelle.

Mit freundlichen Grüßen
Bauhof Müller GmbH & Co. KG
Buchhaltung
Amtsgericht Stuttgart HRB 12345 – Geschäftsführer: Hans Müller$b$),

(1022, 'A06', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-05-10 10:00', $s$Tachograph remote download fails T-204$s$,
$b$The remote download of the driver card data fails for three of our trucks with error T-204. The vehicle unit downloads are fine. Started after the device firmware update last Friday.$b$),
(1023, 'A06', 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-05-10 12:40', $s$Fahrerkarte lässt sich nicht auslesen$s$,
$b$Hallo,

das Fernauslesen der Fahrerkarten bricht bei zwei LKW mit Fehler T-204 ab. Massenspeicher geht. Was bedeutet T-204?

Gruß
M. Schuster, Fuhrpark$b$),
(1024, 'A06', 'transportes-iberia', 'soporte@transportes-iberia.es', '2026-05-11 07:55', $s$Error T-204 en descarga remota de tarjetas de conductor$s$,
$b$Buenos días, nos aparece el error T-204 al descargar en remoto las tarjetas de los conductores. Los archivos del tacógrafo del vehículo sí se descargan. ¿Tiene relación con el nuevo firmware?$b$),

(1025, NULL, 'alpen-transport', 'leitstand@alpen-transport.at', '2026-05-13 10:00', $s$Tachograph download: how often is it done?$s$,
$b$How often does Fleetlane download the tachograph data automatically? Our auditor asks whether it is every 28 days for driver cards and 90 days for the vehicle unit. Please confirm so we can answer him.$b$),

(1026, 'A07', 'cityvans', 'ops@cityvans.nl', '2026-05-11 10:10', $s$Mileage doubled after tracker replacement$s$,
$b$We replaced the tracker in van 17 (new IMEI 356938035643809). Since then the odometer in Fleetlane jumped from 84,000 km to 168,000 km. Service reminders are now all overdue for that van.$b$),
(1027, 'A07', 'greenbus', 'engineering@greenbus.ie', '2026-05-12 14:00', $s$Odometer wrong on bus 204 after device swap$s$,
$b$Bus 204 had its GPS unit swapped by your installer on Tuesday. Fleetlane now says 1.2 million km, the real reading is about 610,000. Looks like the old and new totals were added together.

Regards,
Declan
Engineering Dept., GreenBus Ireland$b$),

(1028, NULL, 'cityvans', 'ops@cityvans.nl', '2026-05-14 08:00', $s$Odometer correction for van 9$s$,
$b$Van 9's dashboard shows 92,340 km, Fleetlane shows 91,100 km. The tracker was installed a while after we bought the van. How do I enter an offset so they match?$b$),

(1029, 'A08', 'kidsride', 'office@kidsride-schoolbus.com', '2026-05-12 08:30', $s$Password reset email not arriving$s$,
$b$I clicked "Forgot password" three times this morning and no email came, also not in spam. My colleague can't get one either.$b$),
(1030, 'A08', 'lyon-livraisons', 'n.roux@lyon-livraisons.fr', '2026-05-12 09:10', $s$Pas de mail pour réinitialiser le mot de passe$s$,
$b$Bonjour, je ne reçois pas le mail de réinitialisation du mot de passe. J'ai vérifié les courriers indésirables. Merci de regarder.

Nathalie Roux
Lyon Livraisons SARL – 12 rue de la Charité, 69002 Lyon$b$),
(1031, 'A08', 'sunrise-taxi', 'dispatch@sunrisetaxi.com.au', '2026-05-12 10:05', $s$locked out - no reset link$s$,
$b$Can't get into the dashboard, forgot my password, the "send link" thing says sent but nothing in my inbox after 40 mins. Please help, I need to assign cars for the evening.$b$),
(1032, 'A08', 'metro-waste', 'j.patel@metrowaste.co.uk', '2026-05-12 11:30', $s$Reset link never received$s$,
$b$Good morning,
New starter here, I was told to use "forgot password" to set mine but the message never comes. IT says nothing is blocked on our side.
Jay Patel
Metro Waste Services

This message has been scanned for viruses by MailGuard.$b$),

(1033, NULL, 'northwind-logistics', 'dispatch@northwind-logistics.co.uk', '2026-05-13 13:00', $s$Password rules$s$,
$b$Our security team wants to know the password policy for Fleetlane accounts: minimum length, expiry, and whether you support 2FA for dispatcher logins.$b$),

(1034, 'A09', 'harbor-freight', 'analytics@harborfreight.us', '2026-05-13 15:00', $s$Excel export times are off by hours$s$,
$b$In the trip export to Excel, the start and end times are 7 hours later than in the web app. We're in Pacific time and the account settings say America/Los_Angeles. Looks like the export is in UTC.$b$),
(1035, 'A09', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-05-14 02:00', $s$Excel出力の時刻が9時間ずれている$s$,
$b$運行履歴をExcelに出力すると、出発・到着時刻が画面より9時間早くなっています。タイムゾーンは東京に設定済みです。

--
日本配送株式会社 運行管理課
〒135-0061 東京都江東区豊洲1-2-3$b$),
(1036, 'A09', 'transportes-iberia', 'analisis@transportes-iberia.es', '2026-05-14 09:20', $s$Horas incorrectas al exportar a Excel$s$,
$b$Las horas del informe de viajes en Excel no coinciden con las de la web, hay dos horas de diferencia. Nuestra zona horaria es Madrid.$b$),

(1037, 'A10', 'metro-waste', 'fleet@metrowaste.co.uk', '2026-05-14 08:45', $s$Service reminders for trucks we sold$s$,
$b$We archived 6 trucks last month after selling them but Fleetlane still emails me every morning that their MOT and service are due. How do we stop that?$b$),
(1038, 'A10', 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-05-15 07:30', $s$Wartungserinnerungen für archivierte Fahrzeuge$s$,
$b$Guten Tag,
wir bekommen weiterhin Wartungserinnerungen für Fahrzeuge, die wir archiviert (verkauft) haben. Die Erinnerungen für aktive Fahrzeuge sind korrekt.
Gruß M. Schuster

-----Ursprüngliche Nachricht-----
Von: Fleetlane <noreply@fleetlane.com>
Gesendet: Freitag, 15. Mai 2026 06:00
Betreff: Wartung fällig: S-BM 412
Die Inspektion für S-BM 412 ist fällig.$b$),

(1039, NULL, 'greenbus', 'engineering@greenbus.ie', '2026-05-15 12:00', $s$Service reminder every 30,000 km$s$,
$b$Can a maintenance reminder be based on distance (every 30,000 km) instead of a date? Our buses have very different usage.$b$),

(1040, 'A11', 'rapidcourier', 'k.weber@rapidcourier.de', '2026-05-15 10:00', $s$Dashcam clips show black screen$s$,
$b$When we open an event video from the dashcam in the web app the player stays black, sound works. Happens in Chrome and Edge. Downloading the MP4 and playing it locally works.$b$),
(1041, 'A11', 'sunrise-taxi', 'safety@sunrisetaxi.com.au', '2026-05-15 23:40', $s$Can't watch harsh braking videos$s$,
$b$Hi, the incident footage won't play in the browser. I just get a dark box with the timeline moving. We need this for an insurance claim this week.

Melissa Grant
Safety Manager, Sunrise Taxi Pty Ltd$b$),
(1042, 'A11', 'coldchain-foods', 'safety@coldchain-foods.com', '2026-05-16 09:10', $s$Video player dark for camera events$s$,
$b$Our safety lead reports every camera event opens a video that is just black (audio fine). Tried a different laptop. Download is ok.

Submitted via the Fleetlane help form
Plan: Enterprise · Browser: Chrome 124 · Page: /safety/events$b$),

(1043, 'A12', 'harbor-freight', 'dev@harborfreight.us', '2026-05-16 14:20', $s$Webhooks failing with 401 since key rotation$s$,
$b$We rotated our API key yesterday as per your security advice. Since then all webhook deliveries to our endpoint show 401 in the delivery log. The receiving side never sees a request with the new signature.$b$),
(1044, 'A12', 'nippon-haiso', 'dev@nippon-haiso.jp', '2026-05-17 03:00', $s$Webhook 401 after regenerating API key$s$,
$b$Hello. After we regenerated API key, webhook deliveries fail, HTTP 401 in the log. Old key was deleted. Is the webhook still signed with the old secret? Thank you.$b$),

(1045, NULL, 'harbor-freight', 'dev@harborfreight.us', '2026-05-18 10:00', $s$API rate limit$s$,
$b$What is the rate limit on the positions endpoint? We want to poll every 10 seconds for 120 vehicles. We got a 429 once when testing.$b$),

(1046, 'A13', 'cityvans', 'ops@cityvans.nl', '2026-05-16 09:00', $s$Cannot add vehicle - licence limit$s$,
$b$I want to add our new van but Fleetlane says we reached our 40 vehicle licences. We archived 3 vans last week, so we should have room.$b$),
(1047, 'A13', 'cityvans', 'finance@cityvans.nl', '2026-05-16 11:30', $s$Archived vans still counted$s$,
$b$Hello, our ops team cannot register a new vehicle. Looking at billing, the archived vehicles are still counted as active licences. Please fix our count, we don't want to pay for sold vans.

Met vriendelijke groet,
Anouk de Vries
Finance – CityVans B.V.$b$),

(1048, NULL, 'greenbus', 'finance@greenbus.ie', '2026-05-17 10:00', $s$Please add 10 vehicle licences$s$,
$b$We are adding 10 new buses in June. Please add 10 vehicle licences to our subscription from 1 June and send the updated quote to this address.$b$),
(1049, NULL, 'kidsride', 'office@kidsride-schoolbus.com', '2026-05-17 15:00', $s$Need 10 more vehicle licences$s$,
$b$We need 10 more licences for the new school year buses. Can you add them to our plan? Same billing details as before.$b$),

(1050, 'A14', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-05-18 01:30', $s$走行履歴の再生で線が直線になる$s$,
$b$お世話になっております。ルート再生をすると、道路に沿わず地点間が直線でつながって表示されます。5月15日以降の走行分で起きています。

山田$b$),
(1051, 'A14', 'rapidcourier', 'dispo@rapidcourier.de', '2026-05-18 08:00', $s$Route playback jumps in straight lines$s$,
$b$When replaying a trip from last week the route no longer follows the streets, it draws straight lines across fields between the GPS points. Trips before the 15th look fine.$b$),
(1052, 'A14', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-05-18 09:15', $s$Streckenverlauf zeigt Luftlinien$s$,
$b$Der Fahrtverlauf in der Wiedergabe zeigt seit ein paar Tagen nur gerade Linien zwischen den Punkten statt der Straße. Ältere Fahrten sind korrekt.$b$),

(1053, NULL, 'rapidcourier', 'dispo@rapidcourier.de', '2026-05-19 08:00', $s$Route playback speed$s$,
$b$Can the route playback go faster than 8x? Replaying a 10 hour day takes too long.$b$),

(1054, 'A15', 'transportes-iberia', 'seguridad@transportes-iberia.es', '2026-05-19 10:00', $s$Alertas de exceso de velocidad falsas en autovía$s$,
$b$Hola, recibimos alertas de exceso de velocidad en la A-2 a 95 km/h cuando el límite para camiones allí es 90... pero nos marca límite 50. Parece que toma el límite de la vía de servicio.$b$),
(1055, 'A15', 'lyon-livraisons', 'n.roux@lyon-livraisons.fr', '2026-05-19 11:30', $s$Alertes de vitesse sur l'autoroute$s$,
$b$Nos chauffeurs reçoivent des alertes « excès de vitesse » sur l'A7 alors qu'ils roulent à 88 km/h. Le rapport indique une limite de 50 km/h, comme si le camion était sur la route parallèle.$b$),
(1056, 'A15', 'harbor-freight', 'safety@harborfreight.us', '2026-05-20 16:00', $s$Speeding events on I-5 with a 30 mph limit$s$,
$b$Our speeding report shows dozens of events on I-5 where Fleetlane thinks the limit is 30 mph. The trucks were on the interstate, not the frontage road. This is hurting our driver scores.

Thanks,
Rob Kline, Safety
Harbor Freight Co.
CONFIDENTIALITY NOTICE: The information in this email is intended only for the named recipient.$b$),
(1057, 'A15', 'northwind-logistics', 'safety@northwind-logistics.co.uk', '2026-05-21 09:00', $s$Driver scores dropped - wrong speed limits$s$,
$b$All our drivers' safety scores dropped this week. Looking at the detail, the "over limit" events are on the M62 with a limit of 30. Looks like the road matching picks the slip road.$b$),

(1058, NULL, 'transportes-iberia', 'seguridad@transportes-iberia.es', '2026-05-22 10:00', $s$Cambiar el umbral de velocidad$s$,
$b$¿Se puede configurar que la alerta de velocidad salte solo a partir de 10 km/h por encima del límite? Ahora salta con 1 km/h.$b$),

(1059, 'A16', 'greenbus', 'control@greenbus.ie', '2026-05-20 07:00', $s$Slack alerts stopped$s$,
$b$Our #fleet-alerts Slack channel hasn't received anything from Fleetlane since yesterday afternoon. The alerts still show in the web app.$b$),
(1060, 'A16', 'coldchain-foods', 'it@coldchain-foods.com', '2026-05-20 08:20', $s$Temperature alarms no longer posted to Slack$s$,
$b$Reefer temperature alarms used to pop up in our Slack workspace instantly. Nothing since 3pm yesterday. We reconnected the app in Slack, still nothing.$b$),

(1061, NULL, 'metro-waste', 'it@metrowaste.co.uk', '2026-05-20 09:00', $s$Alerts in Microsoft Teams stopped$s$,
$b$Our Microsoft Teams channel doesn't get the Fleetlane alerts anymore since we moved the channel to a new team. Do we need to set up the connector again?$b$),

(1062, 'A17', 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-05-21 06:30', $s$Fahrer-Schlüssel wird nicht erkannt$s$,
$b$Guten Morgen,
die Fahrererkennung über den Schlüsselanhänger funktioniert seit Dienstag nicht mehr: die Fahrten stehen alle unter "unbekannter Fahrer", obwohl die Fahrer den Schlüssel anhalten. Die LED am Leser blinkt grün.
M. Schuster$b$),
(1063, 'A17', 'metro-waste', 'fleet@metrowaste.co.uk', '2026-05-21 08:00', $s$Trips show "Unknown driver" even with key fob$s$,
$b$Drivers tap their fob as always but every trip since Tuesday is assigned to "Unknown driver". Our timesheets come from this so it's quite urgent.$b$),
(1064, 'A17', 'greenbus', 'engineering@greenbus.ie', '2026-05-21 09:40', $s$iButton ID not linked to trips$s$,
$b$The iButton reader beeps OK but trips come in with no driver. Started around Tuesday, all depots.$b$),

(1065, NULL, 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-05-22 10:00', $s$Neue Schlüsselanhänger bestellen$s$,
$b$Wir brauchen 15 weitere Schlüsselanhänger für die Fahrererkennung. Bitte schicken Sie uns ein Angebot.$b$),

(1066, 'A18', 'lyon-livraisons', 'direction@lyon-livraisons.fr', '2026-05-25 08:00', $s$Rapport hebdomadaire vide$s$,
$b$Bonjour,
Depuis deux semaines le rapport hebdomadaire envoyé le lundi matin par e-mail est vide : juste les titres des colonnes, aucune ligne. Sur le site les données sont là.
Cordialement,
Pierre Garnier
Directeur – Lyon Livraisons$b$),
(1067, 'A18', 'northwind-logistics', 'gary.holt@northwind-logistics.co.uk', '2026-05-25 09:10', $s$Monday summary email has no data$s$,
$b$The weekly summary that lands in my inbox every Monday only has headers, no vehicles listed. Same last Monday. Dashboard shows the trips fine.

Gary$b$),
(1068, 'A18', 'cityvans', 'ops@cityvans.nl', '2026-05-25 10:30', $s$Scheduled report arrives without rows$s$,
$b$Our scheduled report (weekly, every Monday 7:00) comes through with zero rows for the second week running. Running the same report manually gives 312 rows.$b$),

(1069, 'A19', 'sunrise-taxi', 'fleet@sunrisetaxi.com.au', '2026-05-26 04:00', $s$Driver app draining Android battery$s$,
$b$Since the last update our drivers on Android say the driver app uses 40% battery in a shift, it used to be about 10%. Settings > Battery shows Fleetlane at the top.$b$),
(1070, 'A19', 'transportes-iberia', 'soporte@transportes-iberia.es', '2026-05-26 08:00', $s$La app gasta mucha batería en Android$s$,
$b$Los conductores con móviles Android dicen que la app de Fleetlane les agota la batería antes de terminar la jornada desde la versión nueva. ¿Es normal?$b$),
(1071, 'A19', 'rapidcourier', 'it@rapidcourier.de', '2026-05-26 09:30', $s$Phones dead by lunchtime$s$,
$b$Our couriers' Android phones are empty by noon now. The phone's battery screen blames the Fleetlane driver app (location in the background all the time?). Before version 4.12 this was fine.$b$),

(1072, NULL, 'kidsride', 'office@kidsride-schoolbus.com', '2026-05-26 12:00', $s$Which Android phones do you support?$s$,
$b$We are buying tablets for our bus drivers. Which Android versions does the driver app support? Is Android 11 enough?$b$),

(1073, 'A20', 'harbor-freight', 'it@harborfreight.us', '2026-05-27 15:00', $s$Okta SSO login loop$s$,
$b$Users signing in through Okta get bounced back to the Fleetlane login page after authenticating, over and over. Password login for admins still works. Nothing changed in our Okta app.$b$),
(1074, 'A20', 'coldchain-foods', 'it@coldchain-foods.com', '2026-05-27 16:10', $s$Single sign-on keeps redirecting$s$,
$b$Hi, since this afternoon our staff can't get in with SSO (Okta). They authenticate, land on Fleetlane for a second and are sent back to Okta again. Endless loop.

Darren Cole | IT Support | ColdChain Foods
T: +1 312 555 0148$b$),

(1075, NULL, 'northwind-logistics', 'it@northwind-logistics.co.uk', '2026-05-28 10:00', $s$Can we use Azure AD for SSO?$s$,
$b$We are moving from Okta to Azure AD next quarter. Does Fleetlane support SAML single sign-on with Azure AD, and can we switch without users losing their settings?$b$),

(1076, NULL, 'cityvans', 'finance@cityvans.nl', '2026-05-08 09:00', $s$Invoice copy April$s$,
$b$Could you send us a copy of the invoice for April? Our accountant needs the PDF.$b$),
(1077, NULL, 'bauhof-mueller', 'buchhaltung@bauhof-mueller.de', '2026-05-08 10:30', $s$Rechnungskopie April$s$,
$b$Bitte senden Sie uns eine Rechnungskopie für April als PDF. Danke.$b$),
(1078, NULL, 'greenbus', 'control@greenbus.ie', '2026-05-14 07:00', $s$Map very slow this morning$s$,
$b$The live map takes 20 seconds to load this morning, positions do update though. Just letting you know.$b$),
(1079, NULL, 'nippon-haiso', 'support@nippon-haiso.jp', '2026-05-15 02:00', $s$ドライバーの追加方法$s$,
$b$新しいドライバーを登録したいのですが、どの画面から追加すればよいでしょうか。$b$),
(1080, NULL, 'lyon-livraisons', 'n.roux@lyon-livraisons.fr', '2026-05-20 14:00', $s$Changer l'adresse de facturation$s$,
$b$Bonjour, nous avons déménagé. Merci de mettre à jour l'adresse de facturation : 45 avenue Jean Jaurès, 69007 Lyon.$b$),
(1081, NULL, 'harbor-freight', 'accounts@harborfreight.us', '2026-05-21 17:00', $s$CSV export of fuel transactions$s$,
$b$Is there a way to export the fuel card transactions as CSV for our accounting system? I only see PDF.$b$),
(1082, NULL, 'rapidcourier', 'dispo@rapidcourier.de', '2026-05-22 07:00', $s$Fahrzeug umbenennen$s$,
$b$Wie kann ich den Namen eines Fahrzeugs ändern? Wir haben das Kennzeichen gewechselt (jetzt B-RC 2210).$b$),
(1083, NULL, 'sunrise-taxi', 'safety@sunrisetaxi.com.au', '2026-05-23 01:00', $s$Dashcam storage - how long are videos kept?$s$,
$b$How long do you keep the dashcam event videos? Our insurer asked for footage from 4 months ago and I can't find it.$b$),
(1084, NULL, 'metro-waste', 'control@metrowaste.co.uk', '2026-05-27 09:00', $s$Geofence alerts going to the wrong person$s$,
$b$The alerts for the Northfield depot geofence go to Steve who left in March. Where do I change who receives them?$b$)
;
