-- Fleetlane evaluation set, part 2 of 4 (written by hand; see README.md here).
INSERT INTO eval_tickets (id, grp, account, requester, created_at, subject, body) VALUES
(2001, 'B01', 'rapidcourier', 'it@rapidcourier.de', '2026-06-01 07:00', $s$Drivers logged out of app after password change$s$,
$b$Since we forced a password change for all drivers on Friday, they can't stay signed in on the Android driver app: it says "Session invalid" a few seconds after entering the new password.$b$),
(2002, 'B01', 'coldchain-foods', 'it@coldchain-foods.com', '2026-06-01 09:30', $s$"Session invalid" on Android app$s$,
$b$Hello, after our drivers updated their passwords (annual policy), the app on their Samsung phones throws them out with "Session invalid". Web login with the same new password works.

Darren Cole | IT Support | ColdChain Foods$b$),
(2003, 'B01', 'transportes-iberia', 'soporte@transportes-iberia.es', '2026-06-02 08:00', $s$No puedo entrar en la app tras cambiar la contraseña$s$,
$b$Buenos días. Varios conductores cambiaron su contraseña ayer y ahora la app en Android les dice "sesión no válida" y vuelve a la pantalla de inicio. En la web sí entran.$b$),

(2004, NULL, 'rapidcourier', 'dispo@rapidcourier.de', '2026-06-03 10:00', $s$Driver forgot his username$s$,
$b$One of our drivers (Ali, started this week) forgot the username for the driver app. Can you tell me where I see it as an admin?$b$),

(2005, 'B02', 'metro-waste', 'fleet@metrowaste.co.uk', '2026-06-02 06:30', $s$Walkaround check photos missing$s$,
$b$Drivers take photos of defects in the daily walkaround check, but in the web app the checks arrive without any pictures. The check itself is there with the ticks.$b$),
(2006, 'B02', 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-06-02 08:45', $s$Abfahrtskontrolle: Fotos kommen nicht an$s$,
$b$Hallo,

bei der Abfahrtskontrolle in der App machen die Fahrer Fotos von Schäden. Im Portal ist die Kontrolle sichtbar, aber ohne Bilder. Seit ca. einer Woche.

Mit freundlichen Grüßen
M. Schuster
Fuhrpark
Bauhof Müller GmbH & Co. KG$b$),
(2007, 'B02', 'greenbus', 'engineering@greenbus.ie', '2026-06-03 07:10', $s$Pre-trip inspection images not uploading$s$,
$b$On the pre-trip inspection the image upload shows a spinner and then "queued". Nothing ever appears on the defect report in the office. Tried wifi at the depot too.$b$),
(2008, 'B02', 'northwind-logistics', 'gary.holt@northwind-logistics.co.uk', '2026-06-03 12:00', $s$Damage pictures from vehicle check gone$s$,
$b$We had a mirror damaged on Tuesday, the driver says he took 3 pictures in the check, but the report only has the text. This happened with other checks this week too.

Gary Holt
Transport Planner | Northwind Logistics Ltd
This e-mail and any attachments are confidential and intended solely for the addressee.$b$),

(2009, NULL, 'metro-waste', 'fleet@metrowaste.co.uk', '2026-06-05 09:00', $s$Add a question to the walkaround check$s$,
$b$We'd like to add "Bin lift hydraulics OK?" to the daily walkaround check. Can admins edit the check list themselves?$b$),

(2010, 'B03', 'metro-waste', 'control@metrowaste.co.uk', '2026-06-04 10:00', $s$Idle report counts bin lifting as idling$s$,
$b$Our refuse trucks run the engine to power the lift at every stop. The idling report counts all of that as idle time, so every driver has 3 hours idle a day. The PTO input is wired on the tracker.$b$),
(2011, 'B03', 'bauhof-mueller', 'fuhrpark@bauhof-mueller.de', '2026-06-05 07:30', $s$Leerlaufzeit falsch bei Nebenantrieb$s$,
$b$Wenn der Nebenantrieb (Kran) läuft, zählt Fleetlane das als Leerlauf. Das verfälscht den Leerlaufbericht komplett. Der Eingang für den Nebenantrieb ist angeschlossen und wird in den Rohdaten angezeigt.$b$),

(2012, NULL, 'harbor-freight', 'analytics@harborfreight.us', '2026-06-05 15:00', $s$Idle report by driver$s$,
$b$Can the idle time report be grouped by driver rather than by vehicle? Our drivers swap trucks a lot.$b$),

(2013, 'B04', 'coldchain-foods', 'qa@coldchain-foods.com', '2026-06-06 05:00', $s$Reefer temperature shows -3276.8$s$,
$b$Several trailers show a temperature of -3276.8 °C on the dashboard and in the temperature log since the night. The loggers on the trailers read normal values (2-4 °C). Our food safety records need these.$b$),
(2014, 'B04', 'lyon-livraisons', 'qualite@lyon-livraisons.fr', '2026-06-06 07:40', $s$Températures aberrantes sur les camions frigorifiques$s$,
$b$Bonjour,

Depuis cette nuit nos camions frigorifiques affichent -3276,8 °C dans Fleetlane. Le thermomètre dans la caisse indique 3 °C. Merci de traiter en urgence, nous sommes audités la semaine prochaine.

Service Qualité – Lyon Livraisons$b$),
(2015, 'B04', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-06-06 09:00', $s$冷凍車の温度が-3276.8と表示される$s$,
$b$冷凍車の温度センサーの値が本日未明から -3276.8 と表示されています。実際の庫内温度は -18℃ 前後です。至急ご確認ください。$b$),

(2016, NULL, 'coldchain-foods', 'qa@coldchain-foods.com', '2026-06-08 10:00', $s$Temperature sensor calibration$s$,
$b$How do we calibrate the reefer temperature sensors? The new trailer reads 0.8 degrees higher than our reference probe.$b$),

(2017, 'B05', 'kidsride', 'billing@kidsride-schoolbus.com', '2026-06-07 10:00', $s$Charged for buses we archived$s$,
$b$Our June invoice bills 48 vehicles but we only have 42 active; 6 buses were archived in May. Can you correct the invoice?$b$),
(2018, 'B05', 'kidsride', 'office@kidsride-schoolbus.com', '2026-06-08 09:00', $s$Re: June invoice$s$,
$b$Following up on our billing email from yesterday: please also confirm that archived buses won't be billed next month.

Linda Brooks
KidsRide School Transport

> From: billing@kidsride-schoolbus.com
> Our June invoice bills 48 vehicles but we only have 42 active.$b$),

(2019, NULL, 'harbor-freight', 'accounts@harborfreight.us', '2026-06-08 11:00', $s$Charged twice in June$s$,
$b$Our credit card was charged twice for June ($1,240 each). Please refund one of the charges.$b$),

(2020, 'B06', 'coldchain-foods', 'cs@coldchain-foods.com', '2026-06-09 08:00', $s$Customer tracking link says expired$s$,
$b$We send our customers a link so they can watch their delivery arrive. Since this morning the link opens a page "This link has expired" although we created it 10 minutes earlier.$b$),
(2021, 'B06', 'lyon-livraisons', 'n.roux@lyon-livraisons.fr', '2026-06-09 09:30', $s$Lien de suivi client invalide$s$,
$b$Bonjour, les liens de suivi que nous envoyons à nos clients affichent « lien expiré » dès l'ouverture. Ils étaient valables 24 h avant.$b$),
(2022, 'B06', 'rapidcourier', 'kundenservice@rapidcourier.de', '2026-06-09 10:15', $s$Live-Sendungsverfolgung für Empfänger geht nicht$s$,
$b$Guten Tag, unsere Empfänger bekommen beim Öffnen des Live-Links "Link abgelaufen". Das betrifft alle heute erzeugten Links.

[10:12] Kunde: Hallo, Ihr Link geht nicht
[10:13] Rapid Courier: Welcher Link?
[10:13] Kunde: der mit der Karte wo der Fahrer ist, da steht abgelaufen$b$),

(2023, NULL, 'rapidcourier', 'kundenservice@rapidcourier.de', '2026-06-10 10:00', $s$Tracking link with our branding$s$,
$b$Can the customer tracking link page show our logo and colours instead of Fleetlane's? Is this included in our plan?$b$),

(2024, 'B07', 'harbor-freight', 'analytics@harborfreight.us', '2026-06-10 13:00', $s$Google Sheets sync stopped$s$,
$b$The daily mileage that Fleetlane pushes into our Google Sheets file stopped on June 8. The connection page still says connected.$b$),
(2025, 'B07', 'greenbus', 'finance@greenbus.ie', '2026-06-10 14:20', $s$Spreadsheet not filled anymore$s$,
$b$Hi, the Google Sheet where the km per bus used to appear each morning has had no new rows since Monday. We didn't touch the sharing settings.

Aoife Byrne
Finance, GreenBus Ireland$b$),

(2026, NULL, 'northwind-logistics', 'it@northwind-logistics.co.uk', '2026-06-11 10:00', $s$Excel add-in for mileage?$s$,
$b$Is there an Excel connector so the mileage refreshes automatically, like the Google Sheets one? We are a Microsoft shop.$b$),

(2027, 'B08', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-06-11 06:00', $s$Restlenkzeit nach Mitternacht falsch$s$,
$b$Hallo,
die angezeigte Restlenkzeit der Fahrer springt nach Mitternacht auf 9 Stunden zurück, obwohl die Schicht weiterläuft. Die Tageslenkzeit darf aber nicht um Mitternacht neu beginnen, sondern nach der Ruhezeit.
Sabine Eder$b$),
(2028, 'B08', 'transportes-iberia', 'trafico@transportes-iberia.es', '2026-06-11 08:00', $s$Tiempo de conducción restante se reinicia a medianoche$s$,
$b$El tiempo de conducción disponible que ve el conductor vuelve a 9 horas a las 00:00, aunque no ha hecho el descanso diario. Esto nos puede costar una multa en una inspección.$b$),
(2029, 'B08', 'northwind-logistics', 'compliance@northwind-logistics.co.uk', '2026-06-11 09:15', $s$Remaining driving time resets at 00:00$s$,
$b$Our night drivers' remaining drive time goes back to the full 9h at midnight. Under the EU rules the day starts after the daily rest, not at midnight. Drivers are relying on this screen.

Karen Wood
Compliance Manager
Northwind Logistics Ltd$b$),

(2030, NULL, 'alpen-transport', 'leitstand@alpen-transport.at', '2026-06-12 09:00', $s$Wochenruhezeit im Bericht$s$,
$b$Kann der Lenkzeitbericht auch die verkürzte Wochenruhezeit und den Ausgleich anzeigen? Das fehlt uns für die Planung.$b$),

(2031, 'B09', 'cityvans', 'ops@cityvans.nl', '2026-06-12 07:00', $s$Trackers offline after firmware 2.3$s$,
$b$12 of our FL-200 trackers went offline last night, right after the firmware 2.3 rollout. Status "no signal" although the vans are out and ignition on.$b$),
(2032, 'B09', 'sunrise-taxi', 'fleet@sunrisetaxi.com.au', '2026-06-12 08:30', $s$Half our cars not reporting$s$,
$b$About half the taxis stopped sending positions overnight. All of them have the small grey FL-200 box. The bigger FL-500 units are fine.$b$),
(2033, 'B09', 'kidsride', 'office@kidsride-schoolbus.com', '2026-06-12 09:45', $s$Buses show "no signal"$s$,
$b$Good morning, 5 buses say "No signal" since last night. They drove the morning run normally. We didn't change anything. Devices are FL-200.

Linda Brooks
KidsRide School Transport
Tel 555-0102$b$),
(2034, 'B09', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-06-12 10:00', $s$FL-200がオフラインになった$s$,
$b$ファームウェア2.3に更新されたFL-200の端末が通信しなくなりました（13台）。FL-500は問題ありません。$b$),
(2035, 'B09', 'rapidcourier', 'it@rapidcourier.de', '2026-06-12 10:30', $s$Geräte senden keine Daten mehr$s$,
$b$Seit dem Firmware-Update 2.3 heute Nacht melden sich unsere FL-200 nicht mehr. Betroffen sind 20 Transporter.$b$),

(2036, NULL, 'cityvans', 'ops@cityvans.nl', '2026-06-15 09:00', $s$Tracker offline in one van$s$,
$b$Van 31 has been offline since Friday. Mechanic had the battery disconnected for repairs. Does the tracker need a reset after that?$b$),

(2037, 'B10', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-06-13 05:30', $s$Jobs not showing on driver app$s$,
$b$I dispatched this morning's 40 delivery jobs and the drivers see an empty job list. On the web all jobs say "sent to driver".$b$),
(2038, 'B10', 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-06-13 06:10', $s$Les missions n'arrivent pas sur les téléphones$s$,
$b$Bonjour, nous avons envoyé les tournées du jour mais les chauffeurs n'ont rien dans l'application. Sur l'écran de planification, c'est marqué « envoyé ».$b$),
(2039, 'B10', 'rapidcourier', 'dispo@rapidcourier.de', '2026-06-13 06:40', $s$Aufträge kommen nicht beim Fahrer an$s$,
$b$Die Aufträge, die wir heute früh verschickt haben, erscheinen nicht in der Fahrer-App. Status im Portal: gesendet. Unsere Fahrer warten im Depot.$b$),

(2040, NULL, 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-06-16 10:00', $s$Reorder stops on a job$s$,
$b$Can drivers change the order of stops on a job themselves, or only the dispatcher?$b$),

(2041, 'B11', 'harbor-freight', 'accounts@harborfreight.us', '2026-06-14 16:00', $s$Reports page blank on Mac$s$,
$b$When I open Reports on my MacBook in Safari the page is completely white. In Chrome it loads. Cleared cache already.$b$),
(2042, 'B11', 'cityvans', 'finance@cityvans.nl', '2026-06-15 10:00', $s$Rapporten pagina leeg in Safari$s$,
$b$Hi, the reports section shows nothing at all in Safari (white screen), other pages are fine. Our finance team all use Macs.

Anouk de Vries
Finance – CityVans B.V.$b$),

(2043, NULL, 'harbor-freight', 'accounts@harborfreight.us', '2026-06-16 10:00', $s$Dark mode for the web app$s$,
$b$Would love a dark mode, the white pages are hard on the eyes on night shift.$b$),

(2044, 'B12', 'greenbus', 'control@greenbus.ie', '2026-06-15 08:00', $s$Every trip listed twice$s$,
$b$Since Saturday each journey appears two times in the trip list with the same start and end. Mileage report doubles as a result.$b$),
(2045, 'B12', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-06-15 09:00', $s$Doppelte Fahrten$s$,
$b$Alle Fahrten seit Samstag sind doppelt in der Fahrtenliste. Die Kilometer im Monatsbericht stimmen dadurch nicht.$b$),
(2046, 'B12', 'metro-waste', 'control@metrowaste.co.uk', '2026-06-15 10:20', $s$Mileage suddenly doubled$s$,
$b$This week's mileage report shows exactly double the km for every truck. Looking at the trips, each one exists twice.$b$),
(2047, 'B12', 'transportes-iberia', 'analisis@transportes-iberia.es', '2026-06-16 07:00', $s$Viajes duplicados desde el sábado$s$,
$b$Hola, todos los viajes aparecen duplicados desde el sábado y el kilometraje sale el doble.$b$),

(2048, NULL, 'greenbus', 'control@greenbus.ie', '2026-06-17 08:00', $s$Alert emails arrive twice$s$,
$b$Each speeding alert email arrives twice in my inbox. Trips look fine. I think I may be on the recipient list twice, can you check?$b$),

(2049, 'B13', 'sunrise-taxi', 'fleet@sunrisetaxi.com.au', '2026-06-17 02:00', $s$Trips cut into tiny pieces$s$,
$b$A normal 8 hour shift now shows as 60+ trips of 1-2 minutes each. The car's ignition isn't switched off that often, drivers wait with engine on at ranks.$b$),
(2050, 'B13', 'cityvans', 'ops@cityvans.nl', '2026-06-17 08:00', $s$Ignition on/off detected wrongly$s$,
$b$Our hybrid vans show ignition off whenever the engine stops at traffic lights, so every stop starts a new trip. The trip list is unreadable.$b$),
(2051, 'B13', 'coldchain-foods', 'dispatch@coldchain-foods.com', '2026-06-17 10:30', $s$Hundreds of short trips per day$s$,
$b$Our delivery vans have hundreds of trips per day since last week, most under a minute long. Can you merge them? We think start/stop detection is off.$b$),

(2052, 'B14', 'lyon-livraisons', 'rse@lyon-livraisons.fr', '2026-06-18 09:00', $s$Rapport CO2 à zéro$s$,
$b$Le rapport des émissions de CO2 affiche 0 kg pour tous les véhicules depuis le début du mois, alors que la consommation de carburant est bien remplie.$b$),
(2053, 'B14', 'northwind-logistics', 'sustainability@northwind-logistics.co.uk', '2026-06-18 11:00', $s$Emissions report empty$s$,
$b$Hi, we need our monthly carbon figures for a tender and the emissions report shows 0 for every vehicle this month. Fuel data is there.

Thanks,
Priya Shah
Sustainability Lead – Northwind Logistics$b$),

(2054, NULL, 'lyon-livraisons', 'rse@lyon-livraisons.fr', '2026-06-19 09:00', $s$Facteur d'émission pour le HVO$s$,
$b$Nous passons au carburant HVO. Peut-on définir un facteur d'émission différent par véhicule ?$b$),

(2055, 'B15', 'transportes-iberia', 'it@transportes-iberia.es', '2026-06-19 10:00', $s$Usuarios ven vehículos de otras delegaciones$s$,
$b$Los jefes de tráfico de Valencia pueden ver en el mapa los camiones de Madrid y Barcelona, aunque su rol está limitado al grupo Valencia. Antes no pasaba. Es un problema de privacidad con los conductores.$b$),
(2056, 'B15', 'northwind-logistics', 'it@northwind-logistics.co.uk', '2026-06-19 11:30', $s$Depot managers can see all vehicles$s$,
$b$Our depot managers are restricted to their own depot's vehicle group, but since yesterday they see the entire fleet on the map and in reports. Nobody changed the roles.$b$),
(2057, 'B15', 'bauhof-mueller', 'it@bauhof-mueller.de', '2026-06-20 08:00', $s$Berechtigungen für Fahrzeuggruppen greifen nicht$s$,
$b$Benutzer mit eingeschränkter Rolle sehen plötzlich alle Fahrzeuge statt nur ihrer Gruppe. Bitte dringend prüfen, Datenschutz!$b$),

(2058, NULL, 'transportes-iberia', 'it@transportes-iberia.es', '2026-06-22 10:00', $s$Crear un rol de solo lectura$s$,
$b$¿Podemos crear un rol que solo vea informes y no pueda editar vehículos ni geocercas?$b$),

(2059, 'B16', 'nippon-haiso', 'support@nippon-haiso.jp', '2026-06-21 01:00', $s$アラートメールが英語で届く$s$,
$b$ユーザーの言語設定は日本語ですが、アラートメールが英語で届くようになりました。6月18日からです。

Our alert emails come in English now, the user language is Japanese.$b$),
(2060, 'B16', 'lyon-livraisons', 'exploitation@lyon-livraisons.fr', '2026-06-21 07:00', $s$Les alertes par mail sont en anglais$s$,
$b$Bonjour, depuis quelques jours les e-mails d'alerte arrivent en anglais alors que nos comptes sont en français.$b$),
(2061, 'B16', 'alpen-transport', 'leitstand@alpen-transport.at', '2026-06-21 08:00', $s$Alarm-Mails plötzlich auf Englisch$s$,
$b$Unsere Alarm-E-Mails kommen seit dem 18.6. auf Englisch, Sprache im Profil steht auf Deutsch.$b$),

(2062, 'B17', 'metro-waste', 'fleet@metrowaste.co.uk', '2026-06-22 06:30', $s$False fuel theft alerts overnight$s$,
$b$We get "fuel theft suspected" alerts every night for trucks parked at the hilly depot. The tank level wobbles when the truck is parked on the slope. Nothing is being stolen.$b$),
(2063, 'B17', 'transportes-iberia', 'seguridad@transportes-iberia.es', '2026-06-22 08:00', $s$Falsas alarmas de robo de combustible$s$,
$b$Recibimos alertas de robo de gasoil de camiones aparcados en la base; el nivel baja 30 litros y al arrancar vuelve a subir. No hay robo.$b$),

(2064, NULL, 'metro-waste', 'fleet@metrowaste.co.uk', '2026-06-23 09:00', $s$Fuel theft - we think it's real this time$s$,
$b$Truck 22 lost 120 litres between 02:10 and 02:25 at the Eastgate yard and the level did not come back when started. Can you send us the raw fuel sensor data for the police?$b$),

(2065, 'B18', 'bauhof-mueller', 'it@bauhof-mueller.de', '2026-06-23 10:00', $s$SAP-Export der Arbeitszeiten schlägt fehl$s$,
$b$Der nächtliche Export der Fahrer-Arbeitszeiten nach SAP schlägt seit zwei Tagen mit HTTP 500 fehl. Im Log: "export job failed (500)".$b$),
(2066, 'B18', 'harbor-freight', 'it@harborfreight.us', '2026-06-23 15:00', $s$Payroll hours not reaching SAP$s$,
$b$Our SAP payroll integration didn't receive drivers' hours for two nights. The integration log in Fleetlane shows error 500 for the nightly job.$b$),

(2067, NULL, 'bauhof-mueller', 'it@bauhof-mueller.de', '2026-06-24 10:00', $s$SAP-Export: zusätzliche Spalte$s$,
$b$Können wir im SAP-Export eine Spalte für die Kostenstelle des Fahrzeugs ergänzen?$b$),

(2068, 'B19', 'northwind-logistics', 'pool@northwind-logistics.co.uk', '2026-06-24 08:00', $s$Pool car double-booked$s$,
$b$Two colleagues booked the same pool car for Thursday 9-12 and the system accepted both. This never happened before.$b$),
(2069, 'B19', 'greenbus', 'office@greenbus.ie', '2026-06-24 10:00', $s$Booking calendar allows overlapping reservations$s$,
$b$Our shared car reservation calendar let two people reserve car 3 at the same time. Isn't that supposed to be blocked?$b$),
(2070, 'B19', 'alpen-transport', 'verwaltung@alpen-transport.at', '2026-06-25 08:00', $s$Poolfahrzeug zweimal reserviert$s$,
$b$Im Buchungskalender wurde der Dienstwagen W-AT 100 für denselben Zeitraum zweimal vergeben. Bitte beheben.$b$),

(2071, 'B20', 'transportes-iberia', 'it@transportes-iberia.es', '2026-06-25 09:00', $s$No puedo eliminar un usuario$s$,
$b$Al pulsar "Eliminar" en un usuario que ya no trabaja con nosotros no pasa nada. Ningún mensaje de error.$b$),
(2072, 'B20', 'sunrise-taxi', 'admin@sunrisetaxi.com.au', '2026-06-25 23:00', $s$Delete user button does nothing$s$,
$b$Trying to remove a former dispatcher from our users. Clicking delete does nothing, no confirmation, no error. Tried a few times.$b$),

(2073, NULL, 'kidsride', 'billing@kidsride-schoolbus.com', '2026-06-26 10:00', $s$Cancel our subscription at end of term$s$,
$b$We will stop using Fleetlane after the school year. Please cancel our subscription effective 31 July and confirm.$b$),
(2074, NULL, 'cityvans', 'finance@cityvans.nl', '2026-06-26 11:00', $s$Cancel subscription$s$,
$b$We have decided to cancel our subscription at the end of our contract in August. Please confirm the cancellation and the last invoice date.$b$),
(2075, NULL, 'harbor-freight', 'it@harborfreight.us', '2026-06-26 12:00', $s$Please unlock account for j.ramirez$s$,
$b$Our dispatcher Jose Ramirez got his account locked after too many attempts. Please unlock j.ramirez@harborfreight.us.$b$),
(2076, NULL, 'metro-waste', 'it@metrowaste.co.uk', '2026-06-26 13:00', $s$Account locked$s$,
$b$Can you unlock the account of our planner s.hughes@metrowaste.co.uk? Too many wrong passwords.$b$),
(2077, NULL, 'alpen-transport', 'leitstand@alpen-transport.at', '2026-06-27 08:00', $s$Kartenansicht zeigt falsche Straßennamen$s$,
$b$In der Kartenansicht sind einige Straßennamen in Innsbruck veraltet. Woher kommt das Kartenmaterial?$b$),
(2078, NULL, 'sunrise-taxi', 'fleet@sunrisetaxi.com.au', '2026-06-28 02:00', $s$Export shifts to CSV$s$,
$b$Is there a report of driver shifts (login/logout of the driver app) I can export to CSV for payroll?$b$),
(2079, NULL, 'nippon-haiso', 'support@nippon-haiso.jp', '2026-06-29 01:00', $s$請求書の送付先変更$s$,
$b$請求書の送付先メールアドレスを経理部（keiri@nippon-haiso.jp）に変更してください。$b$),
(2080, NULL, 'coldchain-foods', 'qa@coldchain-foods.com', '2026-06-29 09:00', $s$Temperature report for audit$s$,
$b$We need a temperature report per trailer for May with min/max per hour for our BRC audit. Which report gives that?$b$)
;
