-- duplicate_decisions: backlog.duplicate_score's decision (duplicate or not, at the default
-- backlog.duplicate_threshold) on 36 pairs of tickets written by hand for this test, for a
-- fictional restaurant platform, "Tablewise" (online booking widget, table plan, POS app on
-- iPad and Android, receipt printers, kitchen display, gift cards, SMS confirmations). None
-- comes from the Fleetlane evaluation set (test/eval/fleet/) or from the demo generator, and no
-- weight or threshold was chosen with them: they check the scorer on text it has never seen.
-- Each pair carries its truth, and the reason, in a comment; the query prints the truth beside
-- the decision, so a pair that the scorer gets wrong shows as such ("miss" or "false") and any
-- change of a decision changes the output.
-- Everything runs in one transaction that is rolled back.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET extra_float_digits = 0;
RESET backlog.duplicate_threshold;  -- the default

BEGIN;
CREATE TEMP TABLE decision_pairs (pair int PRIMARY KEY, a bigint, b bigint, truth boolean);
INSERT INTO backlog.tickets (id, subject, body, requester, account, status, created_at) VALUES
-- 1. duplicate: one outage of the booking widget, two restaurants, other words, 25 min apart
 (8001, 'Booking widget not loading', E'Hi,\nour online booking widget has been spinning for 20 minutes, guests cannot reserve a table. Nothing changed on our side.\nThanks\nMarta Ruiz\nLa Brasa Group', 'marta.ruiz@labrasa.es', 'labrasa', 'open', '2026-03-02 18:05'),
 (8002, 'Guests can''t book online??', E'The reservation widget on our website just shows a loading circle, no one can book tonight. Please check asap', 'hello@thecorner.co.uk', 'the-corner', 'open', '2026-03-02 18:30'),
-- 2. duplicate: the table plan fails with one error code, German and English, same evening
 (8003, 'Fehler 503 beim Öffnen der Tischplanung', E'Guten Abend,\nseit 19 Uhr bekommen wir beim Öffnen der Tischplanung den Fehler 503. Der Service läuft, bitte dringend prüfen.\nMit freundlichen Grüßen\nJonas Berg', 'jonas.berg@zumhirsch.de', 'zum-hirsch', 'open', '2026-03-03 19:10'),
 (8004, 'Table plan: error 503', E'Table plan gives error 503 since about 7pm, we are seating guests on paper.', 'manager@harbourkitchen.ie', 'harbour-kitchen', 'open', '2026-03-03 19:40'),
-- 3. duplicate: the same requester asking again about the receipt printer the next morning
 (8005, 'Receipt printer stopped printing', E'Since last night the receipt printer at the bar prints nothing when we close a bill. Paper and power are fine.\n\nSent from my iPhone', 'tom.hale@bluefig.com', 'bluefig', 'open', '2026-03-04 22:50'),
 (8006, 'Re: Receipt printer stopped printing', E'Still no receipts this morning, restarted the printer twice.\n\nOn Tue, Mar 4, 2026 at 10:50 PM Tom Hale <tom.hale@bluefig.com> wrote:\n> Since last night the receipt printer at the bar prints nothing', 'tom.hale@bluefig.com', 'bluefig', 'open', '2026-03-05 09:15'),
-- 4. duplicate: SMS confirmations not arriving, French and English, one afternoon
 (8007, 'Les SMS de confirmation n''arrivent plus', E'Bonjour,\ndepuis ce midi nos clients ne reçoivent plus les SMS de confirmation de réservation.\nCordialement,\nClaire', 'claire@bistrotdupont.fr', 'bistrot-dupont', 'open', '2026-03-06 14:00'),
 (8008, 'SMS confirmations not arriving', E'Guests are telling us they never got the SMS confirmation for bookings made today.', 'ops@saltandsmoke.com', 'salt-and-smoke', 'open', '2026-03-06 15:20'),
-- 5. duplicate: the sales report export never finishes, Spanish and English, same day
 (8009, 'No puedo descargar el informe de ventas', E'Hola,\nal exportar el informe de ventas del mes la descarga se queda al 90% y nunca termina.\nSaludos', 'admin@tapasdelmar.es', 'tapas-del-mar', 'open', '2026-03-09 10:00'),
 (8010, 'Sales report download never finishes', E'Exporting the monthly sales report hangs at the end, the file never arrives. Weekly works.', 'finance@oakandvine.com', 'oak-and-vine', 'open', '2026-03-09 12:30'),
-- 6. duplicate: the POS app closes on iPad when a bill is split, two restaurants, one morning
 (8011, 'POS app crashes on iPad when splitting a bill', E'Every time a waiter splits a bill the POS app on our iPads closes and the order is gone.', 'it@greenleaf.cafe', 'greenleaf', 'open', '2026-03-10 12:10'),
 (8012, 'iPad app closes itself on split check', E'[12:31] Visitor: hi, the app crashes on iPad when we split the check\n[12:31] Tablewise Bot: Thanks! An agent will be with you shortly.\n[12:33] Visitor: happens on all 4 iPads since the update', 'owner@pepperpot.com', 'pepperpot', 'open', '2026-03-10 12:31'),
-- 7. duplicate: booking confirmation e-mails not received, Japanese and English, same day
 (8013, '予約確認メールが届かない', E'お世話になっております。\n本日の予約確認メールがお客様に届いていません。\nよろしくお願いします。', 'info@sakura-dining.jp', 'sakura-dining', 'open', '2026-03-11 11:00'),
 (8014, 'Booking confirmation emails not received', E'None of our guests received the booking confirmation email today.', 'bookings@theanchor.com', 'the-anchor', 'open', '2026-03-11 13:00'),
-- 8. duplicate: the password reset link is expired at once, two restaurants, one morning
 (8015, 'Password reset link already expired', E'Our new waiter clicked the password reset link seconds after getting it and it says the link expired.', 'gm@rivercafe.com', 'river-cafe', 'open', '2026-03-12 09:00'),
 (8016, 'Reset password says link expired', E'Hello, when I reset my password the link is expired immediately, I tried three times.\nBest regards,\nNina', 'nina.koch@brauhaus.de', 'brauhaus', 'open', '2026-03-12 10:10'),
-- 9. duplicate: the kitchen display lags, two restaurants, same evening
 (8017, 'Kitchen display very slow', E'Since 6pm our kitchen display takes a minute to show new orders, the chefs are waiting.', 'chef@olivegrove.com', 'olive-grove', 'open', '2026-03-13 18:40'),
 (8018, 'Orders show up late on the kitchen screen', E'New orders appear on the kitchen display several minutes after the waiter sends them. Very slow tonight.', 'kitchen@northstar.com', 'northstar', 'open', '2026-03-13 19:05'),
-- 10. duplicate: a double charge on the card terminal with one error code, two restaurants
 (8019, 'Guests charged twice - E-4410', E'The card terminal showed E-4410 and then charged the guest twice. Happened three times tonight.', 'owner@lemontree.com', 'lemon-tree', 'open', '2026-03-14 20:15'),
 (8020, 'Double charge on terminal, code E-4410', E'Our terminal charged a card twice after the message E-4410 appeared.', 'bar@copperpot.com', 'copper-pot', 'open', '2026-03-14 21:00'),
-- 11. duplicate: the Zapier trigger for new bookings stopped, two restaurants, same day
 (8021, 'Zapier not triggered by new bookings', E'Our Zap that adds new bookings to our CRM stopped running yesterday, nothing reaches Zapier.', 'tech@figandfennel.com', 'fig-and-fennel', 'open', '2026-03-16 09:30'),
 (8022, 'New reservations no longer sent to Zapier', E'Since yesterday new reservations are not sent to Zapier anymore, the zap history is empty.', 'ops@quayside.com', 'quayside', 'open', '2026-03-16 11:00'),
-- 12. duplicate: the statement PDF link gives 404 Not Found for two restaurants (a shared
--     defect from a billing page, not an account-specific request)
 (8023, 'Statement PDF: 404 Not Found', E'Clicking the monthly statement PDF in billing gives 404 Not Found.', 'accounts@redoak.com', 'red-oak', 'open', '2026-03-17 08:30'),
 (8024, 'Monthly statement link broken', E'The link to download our monthly statement shows 404 not found since this morning.', 'finance@wildthyme.com', 'wild-thyme', 'open', '2026-03-17 10:00'),
-- 13. duplicate: gift card balance is 0 after a top-up, two restaurants, one day
 (8025, 'Gift card balance shows 0 after top-up', E'We topped up a gift card with 50 EUR and the balance still shows 0.', 'shop@kaffeehaus.at', 'kaffeehaus', 'open', '2026-03-18 13:00'),
 (8026, 'Topped up gift card still at zero', E'A guest bought a top-up for his gift card but the gift card balance is zero in the POS.', 'manager@thelarder.com', 'the-larder', 'open', '2026-03-18 15:30'),
-- 14. duplicate: dish photos missing from online ordering, two restaurants, one morning
 (8027, 'Menu photos missing in online ordering', E'All our dish photos disappeared from the online ordering page this morning.', 'marketing@sushiko.com', 'sushiko', 'open', '2026-03-19 09:00'),
 (8028, 'Dish pictures gone from the order page', E'Hi, the pictures of our dishes are gone on the online order page, only grey boxes.', 'info@trattoriaroma.it', 'trattoria-roma', 'open', '2026-03-19 10:30'),
-- 15. duplicate: the table plan does not load, German and French, one evening
 (8029, 'Tischplan lädt nicht', E'Der Tischplan lädt seit 18 Uhr nicht mehr, nur eine leere Seite.', 'service@alteschmiede.de', 'alte-schmiede', 'open', '2026-03-20 18:20'),
 (8030, 'Le plan de salle ne se charge pas', E'Depuis 18h le plan de salle reste une page blanche, impossible de placer les clients.', 'salle@lecomptoir.fr', 'le-comptoir', 'open', '2026-03-20 18:45'),
-- 16. duplicate: bookings an hour off after the clock change, two restaurants, one day
 (8031, 'Bookings one hour off after clock change', E'Since the switch to summer time all bookings show one hour later than the guest chose.', 'host@thegrange.com', 'the-grange', 'open', '2026-03-30 08:00'),
 (8032, 'Reservations shifted by an hour', E'All reservations made online appear an hour late in the book since Sunday''s daylight saving change.', 'bookings@oysterbar.com', 'oyster-bar', 'open', '2026-03-30 09:40'),
-- 17. not a duplicate: a question about the booking page's colours against the booking widget
--     not loading on another restaurant's site, the same afternoon
 (8033, 'Booking page colours', E'How can we change the colours of the booking page to match our website?', 'design@labrasa.es', 'labrasa', 'open', '2026-03-09 16:00'),
 (8034, 'Booking widget not loading on our site', E'Our booking widget is not loading on the website, guests cannot book.', 'web@smokehouse.com', 'smokehouse', 'open', '2026-03-09 16:30'),
-- 18. not a duplicate: orders not synced to Xero against QuickBooks (different integrations)
 (8035, 'Orders not syncing to Xero', E'Since Monday yesterday''s sales are not synced to Xero anymore.', 'books@mintleaf.com', 'mint-leaf', 'open', '2026-03-23 09:00'),
 (8036, 'Orders not syncing to QuickBooks', E'Since Monday yesterday''s sales are not synced to QuickBooks anymore.', 'books@driftwood.com', 'driftwood', 'open', '2026-03-23 10:00'),
-- 19. not a duplicate: a crash on Android against one on iPad (different platforms)
 (8037, 'App crashes on Android when printing', E'The POS app crashes on our Android tablets every time we print a kitchen ticket.', 'it@spiceroute.com', 'spice-route', 'open', '2026-03-24 12:00'),
 (8038, 'App crashes on iPad when printing', E'The POS app crashes on our iPads every time we print a kitchen ticket.', 'it@harvesttable.com', 'harvest-table', 'open', '2026-03-24 12:30'),
-- 20. not a duplicate: two restaurants cancelling their subscriptions (account-specific)
 (8039, 'Cancel our subscription', E'Please cancel our subscription at the end of the month, we are closing the restaurant.', 'owner@thelodge.com', 'the-lodge', 'open', '2026-03-25 10:00'),
 (8040, 'Cancel subscription end of month', E'We would like to cancel our subscription at the end of this month.', 'owner@bluebell.com', 'bluebell', 'open', '2026-03-25 11:00'),
-- 21. not a duplicate: two restaurants asking for a refund of one charge each
 (8041, 'Refund for double payment', E'We paid the March plan twice, please refund one payment.', 'accounts@stonebridge.com', 'stonebridge', 'open', '2026-03-26 09:00'),
 (8042, 'Please refund the second charge', E'Our card was charged twice for March, please refund the second charge.', 'billing@cedarhouse.com', 'cedar-house', 'open', '2026-03-26 09:45'),
-- 22. not a duplicate: the same requester, the same day, a printer fault and a new staff login
 (8043, 'Kitchen printer offline', E'The kitchen printer shows offline in the POS since lunch.', 'anna.weber@gasthofpost.de', 'gasthof-post', 'open', '2026-03-27 13:00'),
 (8044, 'New login for a waiter', E'Could you create a login for our new waiter Paul? He starts tomorrow.', 'anna.weber@gasthofpost.de', 'gasthof-post', 'open', '2026-03-27 15:00'),
-- 23. not a duplicate: exporting bookings to Excel (a question) against a failing sales export
 (8045, 'Can we export bookings to Excel?', E'Is there a way to export all bookings of a month to Excel?', 'office@thewharf.com', 'the-wharf', 'open', '2026-04-01 10:00'),
 (8046, 'Sales export fails', E'The export of the sales report fails with an error after a minute.', 'finance@millhouse.com', 'mill-house', 'open', '2026-04-01 11:00'),
-- 24. not a duplicate: SMS confirmations missing against SMS showing the wrong restaurant name
 (8047, 'SMS confirmations not sent', E'No SMS confirmations have been sent to guests since this morning.', 'host@pinecone.com', 'pine-cone', 'open', '2026-04-02 10:00'),
 (8048, 'SMS shows wrong restaurant name', E'The SMS confirmation guests receive shows the name of our old restaurant.', 'host@elmstreet.com', 'elm-street', 'open', '2026-04-02 12:00'),
-- 25. not a duplicate: the kitchen display is slow against a wish for a dark theme on it
 (8049, 'Kitchen display lagging', E'The kitchen display is lagging badly tonight, orders arrive minutes late.', 'chef@ember.com', 'ember', 'open', '2026-04-03 19:00'),
 (8050, 'Dark theme for the kitchen display', E'Could the kitchen display get a dark theme? The white screen is very bright at night.', 'chef@saffron.com', 'saffron', 'open', '2026-04-03 20:00'),
-- 26. not a duplicate: a wrong gift card balance against how to sell gift cards online
 (8051, 'Gift card balance wrong', E'A gift card shows a balance of 20 although the guest loaded 40.', 'shop@honeybee.com', 'honeybee', 'open', '2026-04-06 11:00'),
 (8052, 'Selling gift cards online', E'How do we start selling gift cards on our online shop?', 'marketing@riverside.com', 'riverside', 'open', '2026-04-06 14:00'),
-- 27. not a duplicate: time zone of reports against the language of reports
 (8053, 'Reports in the wrong time zone', E'Our daily report uses UTC instead of our local time zone.', 'office@bergblick.at', 'bergblick', 'open', '2026-04-07 09:00'),
 (8054, 'Reports in German', E'Can we get the daily report in German instead of English?', 'office@seeblick.de', 'seeblick', 'open', '2026-04-07 10:00'),
-- 28. not a duplicate: cannot delete a reservation against cannot delete a menu item
 (8055, 'Cannot delete a reservation', E'When I try to delete a reservation nothing happens, the booking stays in the book.', 'host@marigold.com', 'marigold', 'open', '2026-04-08 10:00'),
 (8056, 'Cannot delete a menu item', E'When I try to delete a menu item nothing happens, the dish stays on the menu.', 'chef@juniper.com', 'juniper', 'open', '2026-04-08 11:00'),
-- 29. not a duplicate: two restaurants asking for a copy of their March invoice
 (8057, 'Copy of our March invoice', E'Could you send us a copy of our invoice for March?', 'accounts@foxandhound.com', 'fox-and-hound', 'open', '2026-04-09 09:00'),
 (8058, 'Need the March invoice again', E'Please send a copy of the invoice for March, our accountant lost it.', 'accounts@kingsarms.com', 'kings-arms', 'open', '2026-04-09 09:30'),
-- 30. not a duplicate: tips missing from the payroll export against tips wrong on receipts
 (8059, 'Tips missing from payroll export', E'The payroll export no longer contains the tips of the waiters.', 'hr@cornerhouse.com', 'corner-house', 'open', '2026-04-10 09:00'),
 (8060, 'Tips calculated wrong on receipts', E'The suggested tip on the printed receipt is calculated on the total with tax.', 'owner@seaside.com', 'seaside', 'open', '2026-04-10 12:00'),
-- 31. not a duplicate: resetting two-factor login for two restaurants' staff (account-specific)
 (8061, 'Reset 2FA for our manager', E'Our manager lost her phone, please reset 2FA for her account.', 'owner@goldfinch.com', 'goldfinch', 'open', '2026-04-13 09:00'),
 (8062, '2FA reset please', E'Please reset two-factor authentication for our head waiter, new phone.', 'owner@kestrelinn.com', 'kestrel-inn', 'open', '2026-04-13 10:00'),
-- 32. not a duplicate: the booking widget down (an outage) against its text in the wrong language
 (8063, 'Booking widget down', E'The booking widget is down for us, guests get an error page.', 'web@thecellar.com', 'the-cellar', 'open', '2026-04-14 19:00'),
 (8064, 'Booking widget in the wrong language', E'Our booking widget shows French texts to English guests.', 'web@lamaison.com', 'la-maison', 'open', '2026-04-14 19:30'),
-- 33. not a duplicate: different error codes on one screen (two defects until shown otherwise)
 (8065, 'Menu editor error 500', E'Saving a dish in the menu editor gives error 500.', 'chef@basil.com', 'basil', 'open', '2026-04-15 10:00'),
 (8066, 'Menu editor error 413', E'Uploading a large photo in the menu editor gives error 413.', 'chef@thyme.com', 'thyme', 'open', '2026-04-15 11:00'),
-- 34. duplicate: one guest-list import defect, told by two restaurants a day apart
 (8067, 'Guest list import fails', E'Importing our guest list from CSV fails on the first row: unknown column "phone".', 'crm@bayleaf.com', 'bay-leaf', 'open', '2026-04-16 09:00'),
 (8068, 'CSV import: unknown column phone', E'The guest import rejects our CSV file, it says unknown column phone although it is in the template.', 'crm@rosemary.com', 'rosemary', 'open', '2026-04-17 08:00'),
-- 35. not a duplicate: the same requester a month apart, a printer again but a different one
 (8069, 'Bar printer not printing', E'The bar printer does not print drink orders.', 'tom.hale@bluefig.com', 'bluefig', 'open', '2026-05-05 18:00'),
 (8070, 'Label printer setup', E'How do I connect the new label printer for takeaway boxes?', 'tom.hale@bluefig.com', 'bluefig', 'open', '2026-05-06 10:00'),
-- 36. duplicate: guests get no confirmation after paying a deposit, Spanish and English, one day
 (8071, 'Los clientes no reciben la confirmación tras pagar la señal', E'Hola,\ndesde esta mañana los clientes pagan la señal de la reserva pero no les llega ningún correo de confirmación.\nUn saludo', 'reservas@casapepe.es', 'casa-pepe', 'open', '2026-05-07 12:00'),
 (8072, 'No confirmation email after deposit payment', E'Guests pay the booking deposit but never receive the confirmation email. Started this morning.', 'bookings@thegreenman.com', 'the-green-man', 'open', '2026-05-07 13:30');

INSERT INTO decision_pairs
SELECT k, 8000 + 2 * k - 1, 8000 + 2 * k, k <= 16 OR k IN (34, 36) FROM generate_series(1, 36) k;

-- The decision of every pair at the default threshold, beside its truth.
SELECT p.pair, p.truth,
       s.score >= current_setting('backlog.duplicate_threshold')::float8 AS decided,
       CASE WHEN (s.score >= current_setting('backlog.duplicate_threshold')::float8) = p.truth THEN 'right'
            WHEN p.truth THEN 'miss' ELSE 'false' END AS verdict
  FROM decision_pairs p, LATERAL backlog.duplicate_score(p.a, p.b) s
 ORDER BY p.pair;

-- How many the scorer gets right, of 18 duplicates and 18 other pairs.
SELECT count(*) FILTER (WHERE p.truth AND s.score >= current_setting('backlog.duplicate_threshold')::float8) AS duplicates_found,
       count(*) FILTER (WHERE p.truth) AS duplicates,
       count(*) FILTER (WHERE NOT p.truth AND s.score < current_setting('backlog.duplicate_threshold')::float8) AS others_kept_apart,
       count(*) FILTER (WHERE NOT p.truth) AS others
  FROM decision_pairs p, LATERAL backlog.duplicate_score(p.a, p.b) s;
ROLLBACK;
