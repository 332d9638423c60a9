-- Shelfwise evaluation set, part 1 of 4: 1-3 June 2026 (written by hand; see README.md here).
INSERT INTO eval_tickets (id, grp, account, requester, created_at, subject, body) VALUES
(3001, 'S01', 'lunaknits', 'hannah@lunaknits.co.uk', '2026-06-01 09:07', $s$Chat with Hannah$s$,
$b$[09:05] Shelfwise Assistant: Hi there! I'm the Shelfwise assistant. What can I help you with today?
[09:05] Visitor: customers cant pay
[09:05] Shelfwise Assistant: I'm sorry to hear that. Could you tell me a bit more? For example, which payment method is affected and do you see an error message?
[09:06] Visitor: all of them. they click pay now, it spins and then says something went wrong please try again
[09:06] Visitor: 3 customers emailed me in 10 min. one tried 4 times
[09:07] Shelfwise Assistant: Thanks for the details. I'm connecting you with a member of our team. Typical wait time: 6 minutes.
[09:12] Visitor: hello??
[09:13] Visitor: is it just me or everyone
---
Visitor: Hannah (hannah@lunaknits.co.uk)
Store: lunaknits.shelfwise.shop
Page: /admin/orders$b$),
(3002, 'S01', 'bergbrot', 'jonas@bergbrot.de', '2026-06-01 09:14', $s$Urgent!!$s$,
$b$checkout is broken, nobody can finish an order for about half an hour. we have a sale running today, please fix asap

Sent from my iPhone$b$),
(3003, NULL, 'wickandwane', 'studio@wickandwane.com', '2026-06-01 11:40', $s$Check out button does nothing after adding script$s$,
$b$Hi team,

yesterday evening I pasted a tracking snippet from our ad agency into the theme (Online store > Themes > Edit code > theme.liquid, right before the closing body tag). Since this morning the "Check out" button on the cart page does nothing when you click it, at least in Safari and Firefox. Chrome seems ok. Nothing in the cart moves, no error, the page just sits there.

Our freelancer thinks it's a JavaScript conflict with the cart drawer. Could you tell me how to get back the version of theme.liquid from before Sunday? I don't see an undo.

Thanks,
Megan
Wick & Wane Candle Co.$b$),
(3004, 'S01', 'kaffeekontor-hh', 'shop@kaffeekontor-hh.de', '2026-06-01 09:22', $s$Kunden können nicht bezahlen – Fehler im Checkout$s$,
$b$Hallo Shelfwise-Team,

seit ca. 10:50 Uhr bricht bei uns jede Bestellung im letzten Schritt ab. Nach Klick auf "Jetzt bezahlen" dreht sich das Rad und dann kommt "Etwas ist schiefgelaufen. Bitte versuche es erneut." Das betrifft Kreditkarte und PayPal gleichermaßen, ich habe es selbst mit meiner eigenen Karte getestet.

Seit 10:51 ist keine einzige Bestellung mehr eingegangen, normalerweise haben wir montags vormittags mehrere pro Viertelstunde.

Bitte um schnelle Rückmeldung.

Mit freundlichen Grüßen
Ole Petersen
Kaffeekontor Hamburg GmbH · Große Elbstraße 145 · 22767 Hamburg
Geschäftsführer: Ole Petersen, Merle Petersen · Amtsgericht Hamburg HRB 145522
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.$b$),
(3005, 'S01', 'tidepool-ceramics', 'priya@tidepoolceramics.com', '2026-06-01 09:41', $s$Offline message from Priya$s$,
$b$Name: Priya Raman
Email: priya@tidepoolceramics.com
Store URL: tidepoolceramics.com
Message: Is checkout down? Last order came in at 09:52 and on a Monday we normally get one every few minutes. I tried a test order with my own card and got "We couldn't process your order. Please try again." Tried with PayPal as well, same thing. Nothing changed on our side since Friday.$b$),
(3006, 'S01', 'bergbrot', 'lena.kraus@bergbrot.de', '2026-06-01 10:18', $s$Fehlerbild checkout / error screenshot$s$,
$b$Hello,

my colleague Jonas wrote to you an hour ago from his phone, I'm adding the details. When a customer clicks "Pay now" the browser console shows POST /checkout/payment -> 502 Bad Gateway. Screenshot attached. It is the same on both our stores (bergbrot.de and the Austrian one, bergbrot.at). Cart and shipping steps work, it's only the final step.

Our sale newsletter went out at 8 so this is costing us a lot.

Lena Kraus
Bergbrot Backwaren GmbH | Onlineshop
Tel. +49 89 2180 4471$b$),
(3007, NULL, 'harbourhound', 'ops@harbourhound.co.uk', '2026-06-01 14:05', $s$Cookie banner covering the complete order button on iPhone$s$,
$b$Hi,

since we installed the new cookie consent app last week, on iPhones the cookie banner sits over the bottom of the checkout page and covers the "Complete order" button. Customers have to accept or reject cookies first before they can even see it, and a few have told us they thought checkout was broken. On desktop and Android it's fine.

Is there a way to stop the banner from showing on the checkout pages, or to move it to the top?

Cheers
Tom
Harbour Hound - handmade dog collars$b$),
(3008, NULL, 'brightloom', 'finance@brightloom.nl', '2026-06-01 10:55', $s$Reverse charge for business customers in other EU countries$s$,
$b$Good morning,

we are a Dutch company and we want to start selling our fabrics to studios and shops in Belgium and Germany. When a business customer enters a valid VAT number at checkout, the order should be without VAT (reverse charge) and the invoice should say "VAT reverse charged". Is there a setting for this in Shelfwise, or do we need an app?

Kind regards,
Femke de Wit
Brightloom B.V.
Finance & Administration$b$),
(3009, 'S14', 'almhuette-delikatessen', 'office@almhuette-delikatessen.de', '2026-06-01 12:30', $s$Wrong VAT rate for orders to Austria$s$,
$b$Hello,

we have OSS enabled in Settings > Taxes and Austria is listed with 20%. Still, the last orders from Austrian customers were charged 19% German VAT (see #4471, #4478, #4480, all addresses in Salzburg and Innsbruck). Prices in the order confirmation show "incl. 19% VAT".

Before last week it was correct, we checked the April orders. What happened?

Best regards
Almhütte Delikatessen
Michael Brandstätter$b$),
(3010, 'S09', 'north-thread', 'hello@norththread.co', '2026-06-01 13:20', $s$Variant images missing after CSV import$s$,
$b$Hey,

I just imported 340 products from a CSV (exported from our old platform and reformatted to your template). The products all came in, prices and SKUs are right, the main product image is there. But none of the variants have their pictures. The "Variant Image" column has a URL on every variant row and the URLs open fine in the browser.

So now a customer picks "Forest green" and still sees the navy photo. I really don't want to attach 900 images by hand. Am I doing something wrong in the file?

Thanks
Sam$b$),
(3011, NULL, 'emberandoak', 'hello@emberandoak.co.uk', '2026-06-01 15:10', $s$Trade prices for stockists?$s$,
$b$Hello, a few gift shops buy our candles in bulk and want to order through our site. Can I show them different (lower) prices when they log in with a trade account, while normal visitors see retail prices? And can I set a minimum order for them? Thanks, Ruth$b$),
(3012, 'S22', 'fernweh-reisebedarf', 'buchhaltung@fernweh-reisebedarf.de', '2026-06-01 11:05', $s$Xero: every order arrives twice$s$,
$b$Hello,

since Friday every Shelfwise order shows up twice in Xero, as two separate invoices with the same order number in the reference (for example INV-20511 and INV-20512 both "Shelfwise #9034"). Payments are only matched to one of them so the other stays open as unpaid. Our bookkeeper has 60 of these to clean up now.

The Xero app in Shelfwise says "Connected, last sync 2 minutes ago".

Regards
Katrin Vogel
Buchhaltung · Fernweh Reisebedarf GmbH$b$),
(3013, NULL, 'saltandsage-kitchen', 'ana@saltandsage.kitchen', '2026-06-01 16:20', $s$Instagram checkout$s$,
$b$Hi! Quick question before I set up the Meta app: when someone taps a product in my Instagram post, can they pay right there inside Instagram, or are they always sent to my Shelfwise shop to check out? And if it's inside Instagram, does the order still show up in Shelfwise with the stock going down?

Ana

Sent from my Galaxy$b$),
(3014, 'S35', 'pinecone-toys', 'marketing@pineconetoys.com', '2026-06-01 15:45', $s$Facebook/Meta app keeps disconnecting$s$,
$b$Hello, every morning when I log in there is a yellow banner "Your Meta account was disconnected. Reconnect to keep your catalogue in sync." I reconnect, the products sync, the shop on Instagram looks fine, and the next morning the banner is back. This has been going on for about a week. I'm the admin of the business manager and nothing changed on the Facebook side as far as I know.

Jess, Pinecone Toys$b$),
(3015, NULL, 'gruenzeug-berlin', 'kontakt@gruenzeug-berlin.de', '2026-06-01 16:50', $s$New order email to a second address$s$,
$b$Hi,

right now the "You have a new order" e-mail only goes to my login address. My business partner packs the parcels and wants to get it too. Can I add a second e-mail address for these notifications without giving her a full admin account?

Danke!
Mia$b$),
(3016, 'S51', 'mossandfern', 'orders@mossandfern.com', '2026-06-01 17:30', $s$New order emails arriving hours late$s$,
$b$Hi there,

the new order notification e-mails are coming in really late today. An order placed at 13:12 only got to my inbox at 16:40, another one placed at 14:05 came at 17:20. The order itself is in the admin straight away, it's just the notification. We pack from those e-mails so this is a problem for same-day dispatch.

Thanks,
Rob Ellison
Moss & Fern Terrariums$b$),
(3017, 'S42', 'pressed-petal', 'shop@pressedpetal.ie', '2026-06-01 08:40', $s$Gift card never arrived$s$,
$b$Hi, a customer of mine bought a €40 gift card last week for her mum and chose "send on 1 June" because it's her birthday today. Her mum got nothing, not in spam either. The customer got her own receipt last week. In the admin the gift card shows as active with the right recipient e-mail. Can you check what happened? I've resent it manually for now but I'd like to know if others scheduled will go out.

Aoife
The Pressed Petal$b$),
(3018, NULL, 'little-larder', 'info@littlelarder.co.uk', '2026-06-01 12:05', $s$Do gift cards expire?$s$,
$b$Hello

A customer has a gift card from Christmas 2023 and asks if it's still valid. Do gift cards on Shelfwise expire by default? Where can I see the expiry date, and can I set new gift cards to never expire? Under UK rules I think I need to tell customers the expiry when they buy.

Thank you
Gwen$b$),
(3019, 'S03', 'hanse-outdoor', 'versand@hanse-outdoor.de', '2026-06-02 13:05', $s$DHL labels failing$s$,
$b$Hi,

every DHL label I try to create since lunch fails with "Carrier authentication failed (DHL Paket: 401)". Our DHL business account is connected under Settings > Shipping > Carriers and nothing has changed there. The same parcels with UPS work. We have about 70 parcels for today's DHL pickup at 16:00.

Regards
Dennis Hoffmann
Versand / Logistik
Hanse Outdoor GmbH$b$),
(3020, NULL, 'inkwell-paper', 'design@inkwellpaper.co', '2026-06-01 18:20', $s$Feature request: dark mode for the admin$s$,
$b$Hey Shelfwise folks, small wish: could the admin get a dark mode? I do most of my order processing late in the evening and the white screens are brutal. The POS app has one already, so it seems doable. Thanks for considering! - Jules$b$),
(3021, 'S03', 'cornish-soap-co', 'dispatch@cornishsoap.co.uk', '2026-06-02 13:20', $s$can't print shipping labels$s$,
$b$Buy label for DHL keeps giving me an error, something like "we couldn't create the label, the carrier rejected the credentials". Tried 10 times, logged out and back in, same. 40 orders waiting, collection at 4!! Please help

Ben - Cornish Soap Co.$b$),
(3022, 'S03', 'schwarzwald-honig', 'info@schwarzwald-honig.de', '2026-06-02 13:48', $s$DHL Versandetiketten lassen sich nicht erstellen$s$,
$b$Guten Tag,

seit heute Mittag können wir keine DHL-Versandmarken mehr über Shelfwise erstellen. Es erscheint die Meldung "Anmeldung beim Versanddienstleister fehlgeschlagen (401)". Zugangsdaten haben wir nicht geändert, im DHL-Geschäftskundenportal funktioniert die Anmeldung mit denselben Daten.

Können Sie das bitte prüfen? Wir versenden täglich ca. 50 Pakete.

Freundliche Grüße
Familie Huber
Schwarzwald Honig – Imkerei Huber · Talstraße 12 · 79271 St. Peter$b$),
(3023, NULL, 'trailblaze-gear', 'logistics@trailblazegear.com', '2026-06-02 14:30', $s$UPS label error: shipper number invalid$s$,
$b$Hi,

we opened a new UPS account last week and I connected it in Shelfwise today. When I try to buy a label I get "The shipper number is invalid for this account (120100)". I double checked the number against the UPS welcome letter and it's right. Our Royal Mail labels print without problems. Do I need to activate something on the UPS side first, like the API access?

Thanks
Callum Reid
Trailblaze Gear Ltd$b$),
(3024, 'S03', 'hanse-outdoor', 'lager@hanse-outdoor.de', '2026-06-02 13:40', $s$Fwd: Label Fehler$s$,
$b$Hi, forwarding this from our warehouse, same problem as my colleague Dennis reported earlier. Still not working at half past three. Should we switch everything to UPS for today?

---------- Forwarded message ---------
From: Lager Hanse Outdoor <lager@hanse-outdoor.de>
Date: Tue, 2 Jun 2026 at 15:32
Subject: Label Fehler
To: Dennis Hoffmann <versand@hanse-outdoor.de>

Dennis, bei DHL kommt immer noch "Carrier authentication failed". Die Abholung ist um 16 Uhr, wir haben 70 Pakete ohne Label. Was machen wir?
Gruß, Sven$b$),
(3025, NULL, 'wildrye-bakehouse', 'hello@wildryebakehouse.com', '2026-06-02 10:20', $s$Printing DHL labels on a thermal printer (4x6)$s$,
$b$Hello,

we just bought a Zebra-style thermal printer to stop wasting A4 sheets. When I print a DHL label from the order page it still comes out as an A4 PDF with the label in the top corner. How do I get Shelfwise to produce 4x6 inch (100 x 150 mm) labels instead? Is it a setting per carrier or in the printer driver?

Thank you!
Noor$b$),
(3026, NULL, 'bellwether-tea', 'hello@bellwethertea.com', '2026-06-02 11:00', $s$How do I make a discount code usable only once per customer?$s$,
$b$Hi, I want to send a WELCOME10 code to new newsletter subscribers. How do I set it so each customer can only use it once? I don't want a limit on the total number of uses, just one use per person. Also, does that work for guest checkouts (same e-mail address) or only for customers with an account?

Thanks, Daniel$b$),
(3027, 'S10', 'maison-lune', 'boutique@maison-lune.fr', '2026-06-02 11:45', $s$Discount code not working$s$,
$b$Hello,

a customer tried to use our code SUMMER15 this morning and got "This code isn't valid for the items in your cart". The cart had one full price dress and one top from our Sale collection. The code is set to "All products", minimum order 50 €, and the cart was 89 €. When she removed the sale top the code worked.

We did not tick anything about excluding sale items. Can you check?

Claire
Maison Lune$b$),
(3028, 'S13', 'velo-velo', 'shop@velovelo.eu', '2026-06-02 09:30', $s$Free shipping not applied when paying in GBP$s$,
$b$Hi,

we offer free shipping for orders over €60. UK customers who switch the currency selector to GBP do not get free shipping even when the basket is way above the threshold (a customer had £92 of inner tubes and was charged £7.50 shipping). In EUR the same basket gets free shipping. Same with CHF from what I can tell.

Regards
Pieter
Velo Velo Parts$b$),
(3029, NULL, 'hoppers-homebrew', 'mail@hoppershomebrew.co.uk', '2026-06-02 10:05', $s$Free shipping for one country only?$s$,
$b$Hello, is it possible to have free shipping over £40 only for mainland UK, and keep paid shipping for Ireland and the EU? At the moment the free shipping rule seems to apply to every zone. Thanks, Marcus$b$),
(3030, 'S17', 'copperkettle-crafts', 'support@copperkettlecrafts.com', '2026-06-02 12:15', $s$Refund button greyed out for PayPal order$s$,
$b$Hi team,

a customer returned a kit (order #1042, paid with PayPal on 24 May). When I open the order the Refund button is greyed out. Card orders from the same week refund fine. Our PayPal account is connected and payments are coming in. I'd rather not refund it from inside PayPal because then Shelfwise and my stock won't know about it.

Thanks,
Lisa Carter
Copper Kettle Crafts$b$),
(3031, NULL, 'stonefruit-studio', 'hello@stonefruitstudio.com', '2026-06-02 12:40', $s$Refund fails: amount exceeds captured amount$s$,
$b$Hi,

I edited order #2231 after it was placed (the customer asked to add a second print, I added it and sent her a payment link for the difference, which she paid by card). Now she wants to return both prints and when I try to refund the full £64 I get "Refund amount exceeds the captured amount of £32.00". How do I refund the second payment?

Ellie$b$),
(3032, NULL, 'driftwood-home', 'info@driftwoodhome.com.au', '2026-06-02 16:10', $s$Turn off customer accounts?$s$,
$b$Hi

Can we switch off customer accounts completely so everyone just checks out as a guest? We get a few e-mails a week from people who don't know their password or don't remember creating an account. We don't use the account features for anything.

Cheers
Kylie - Driftwood Home$b$),
(3033, 'S26', 'bramble-and-bee', 'sophie@brambleandbee.co.uk', '2026-06-02 15:25', $s$Customers can't reset password - link expired$s$,
$b$Hello,

three customers contacted me today saying they can't get into their accounts. They click "Forgot password", get the e-mail, click the link straight away and the page says "This link has expired. Please request a new one." They request again and it's the same. I tried it myself with a test customer and got the same message within seconds of receiving the e-mail.

Sophie
Bramble & Bee$b$),
(3034, 'S26', 'urban-sprout', 'help@urbansprout.shop', '2026-06-02 17:55', $s$Password reset emails not working$s$,
$b$Hi, several customers say the password reset link in the e-mail gives "This link is no longer valid". Happening since today I think. They can't see their order history or reorder. Is this a known issue?

Urban Sprout Support
-- 
Sent via the Shelfwise help form | Store: urbansprout.shop | Plan: Grow$b$),
(3035, 'S29', 'tee-division', 'ops@teedivision.com', '2026-06-02 08:50', $s$More than 100 variants on a product?$s$,
$b$Hi,

we sell one basic t-shirt in 12 colours and 10 sizes, so 120 combinations. When I try to add the last colours I get "Products can have a maximum of 100 variants". What's the recommended way to do this? Splitting the shirt into two products would be ugly for customers. Is there an app or a plan that allows more?

Thanks
Raj, Tee Division$b$),
(3036, 'S39', 'kaeseladen-mueller', 'shop@kaeseladen-mueller.de', '2026-06-02 10:40', $s$Suche findet keine Produkte mit Umlauten$s$,
$b$Hallo,

wenn Kunden in unserem Shop nach "Käse" oder "Bergkäse" suchen, kommt "Keine Ergebnisse". Sucht man nach "Kase" (ohne ä), werden die Produkte gefunden. Genauso bei "Würzmischung" und "Brötchen". Das ist für einen Käseladen natürlich schlecht ;-)

Ist das ein Fehler in der Shop-Suche oder müssen wir etwas einstellen?

Viele Grüße
Andrea Müller
Käseladen Müller · Marktplatz 3 · 87435 Kempten$b$),
(3037, NULL, 'fold-and-form', 'studio@foldandform.com', '2026-06-02 09:15', $s$Can't save variant - "Option value already exists"$s$,
$b$Hi, when I try to add size XL to our linen apron (it has S, M, L) I get "Option value already exists" and the variant isn't saved. There is definitely no XL on that product. I even tried "X-Large" and got the same error. Other products let me add sizes normally. Thanks, Greta$b$),
(3038, NULL, 'kurashi-zakka', 'shop@kurashi-zakka.jp', '2026-06-02 07:10', $s$配送時間帯の選択肢を追加したい$s$,
$b$Shelfwiseサポートご担当者様

いつもお世話になっております。くらし雑貨の田中です。

チェックアウトの配送日時指定について質問です。現在はお届け日のみ選べるようになっていますが、「午前中」「14時〜16時」「16時〜18時」「19時〜21時」のような時間帯もお客様に選んでいただきたいです。設定画面のどこから追加できますでしょうか。

よろしくお願いいたします。

──────────────
くらし雑貨
田中 美咲
〒150-0001 東京都渋谷区神宮前3-2-1
──────────────$b$),
(3039, 'S44', 'sakura-tea-house', 'info@sakura-teahouse.jp', '2026-06-02 06:30', $s$配送日時指定で日曜日が選べてしまう$s$,
$b$お世話になっております。さくら茶房の山本です。

チェックアウト画面の配送日指定で、設定で「日曜・祝日は配送不可」にしているにもかかわらず、日曜日の日付が選べてしまいます。昨日もお客様が6月7日（日）を指定して注文されました。運送会社は日曜の指定ができないため、お客様に個別に連絡している状況です。

設定を確認しましたが、配送不可曜日には日曜にチェックが入っています。ご確認いただけますでしょうか。

さくら茶房 山本$b$),
(3040, 'S51', 'hollow-oak-candles', 'team@hollowoakcandles.com', '2026-06-02 08:05', $s$Order alerts delayed$s$,
$b$Morning,

yesterday afternoon our "new order" e-mails were arriving 3 to 4 hours after the orders were placed. Our packer waits for those e-mails before she starts, so some parcels missed the courier. The orders were in the admin on time. Was there a problem on your end, and is it fixed now?

Best,
Hollow Oak Candles$b$),
(3041, 'S02', 'lunaknits', 'hannah@lunaknits.co.uk', '2026-06-03 07:55', $s$Payout not received$s$,
$b$Hi,

my payout for last week's sales (£1,284.60) was due to arrive today and isn't in my account. In Payouts it says "In transit" since Monday, expected 3 June. Normally it lands first thing in the morning. Can you check?

Thanks
Hannah Whitfield
Luna Knits$b$),
(3042, 'S02', 'atelier-savon', 'contact@atelier-savon.fr', '2026-06-03 08:20', $s$Virement non reçu$s$,
$b$Bonjour,

Le versement prévu aujourd'hui (3 juin) n'est pas arrivé sur notre compte. Dans l'onglet Versements il est indiqué "En transit" depuis lundi. Notre banque ne voit rien arriver. C'est la première fois que cela arrive, d'habitude l'argent est là à 8h.

Pouvez-vous vérifier s'il y a un problème ?

Cordialement,
Élodie Garnier
Atelier Savon – Savonnerie artisanale
12 rue des Tanneurs, 69005 Lyon$b$),
(3043, 'S02', 'tienda-olivar', 'pedidos@tiendaolivar.es', '2026-06-03 08:34', $s$No me ha llegado la transferencia$s$,
$b$Hola,

hoy teníamos que recibir la transferencia de las ventas de la semana pasada (1.930,40 €) y no ha llegado. En el panel aparece "En tránsito" con fecha prevista 3 de junio. ¿Hay algún retraso con los pagos? Tenemos que pagar a proveedores esta semana.

Un saludo,
Javier Ortega
Tienda Olivar – Aceites y conservas
Enviado desde mi móvil$b$),
(3044, NULL, 'hollow-oak-candles', 'finance@hollowoakcandles.com', '2026-06-03 12:50', $s$Payout lower than my sales$s$,
$b$Hi, last week's sales report says £2,410 in sales but the payout was £2,231.18. I understand there are card fees but that seems like a lot. Where can I see what was taken off, line by line? I need to explain it to our accountant. Thanks, Greg$b$),
(3045, 'S02', 'pinecone-toys', 'jess@pineconetoys.com', '2026-06-03 09:10', $s$Chat with Jess$s$,
$b$[09:08] Shelfwise Assistant: Hi there! I'm the Shelfwise assistant. What can I help you with today?
[09:08] Visitor: where is my money
[09:08] Shelfwise Assistant: I can help with payouts. Payouts are usually sent 2 business days after... Would you like me to show your latest payout?
[09:09] Visitor: yes it says in transit but it was supposed to be in the bank this morning
[09:09] Visitor: 3k
[09:09] Shelfwise Assistant: I'm connecting you with a member of our team.
[09:10] Visitor: my friend who also uses shelfwise hasnt got hers either
---
Visitor: Jess (jess@pineconetoys.com)
Store: pineconetoys.com$b$),
(3046, NULL, 'copperkettle-crafts', 'lisa@copperkettlecrafts.com', '2026-06-03 14:15', $s$Change bank account for payouts$s$,
$b$Hello,

we've moved our business banking from Barclays to Starling. How do I change the bank account our payouts go to? In Settings > Payouts the account number field is greyed out and there's no edit button. The old account will be closed at the end of June.

Thanks
Lisa Carter
Copper Kettle Crafts$b$),
(3047, 'S11', 'pressed-petal', 'shop@pressedpetal.ie', '2026-06-03 10:30', $s$Gift card balance shows 0 after partial use$s$,
$b$Hi again,

different gift card problem this time. A customer had a €50 gift card and used €30 of it on Saturday. Today she wanted to spend the rest and the checkout says the card has €0.00 left. In the admin the gift card page also says "Balance: €0.00" but the history only shows the one €30 order. So €20 disappeared.

Can you fix the balance?

Aoife
The Pressed Petal$b$),
(3048, 'S14', 'bergbrot', 'lena.kraus@bergbrot.de', '2026-06-03 11:10', $s$Österreichische Kunden bekommen 19 % statt 20 % MwSt.$s$,
$b$Hallo,

bei unseren Bestellungen nach Österreich wird seit ein paar Tagen die deutsche Mehrwertsteuer (19 % bzw. 7 % bei Lebensmitteln) berechnet statt der österreichischen Sätze. Die OSS-Einstellungen sind aktiv und Österreich ist mit 20 % / 10 % hinterlegt. Betroffen sind z. B. die Bestellungen AT-1182 bis AT-1197.

Das müssen wir für die OSS-Meldung korrigieren. Könnt ihr bitte schauen?

Danke und viele Grüße
Lena Kraus
Bergbrot Backwaren GmbH | Onlineshop$b$),
(3049, NULL, 'bramble-and-bee', 'sophie@brambleandbee.co.uk', '2026-06-03 15:35', $s$Gift cards where the customer chooses the amount$s$,
$b$Hi, I've set up gift cards for £10, £25 and £50. A few customers asked if they can choose any amount, like £35. Is there a way to let them type in the value themselves, with a minimum? Thanks, Sophie$b$),
(3050, 'S15', 'sundial-studio', 'web@sundialstudio.co', '2026-06-03 13:30', $s$Page builder won't save my changes$s$,
$b$Hello,

I've been rebuilding our About page in the page builder. When I click Save I get a red bar "Something went wrong. Your changes were not saved." and when I reload everything I did is gone. Lost about two hours of work this afternoon. It still happens with small changes like fixing a typo in one text block. Other pages (FAQ) save fine. The About page has a slideshow, two image-with-text sections and a newsletter block.

Any idea? I'm on Chrome on a Mac.

Thanks,
Iris$b$),
(3051, 'S15', 'wildrye-bakehouse', 'hello@wildryebakehouse.com', '2026-06-03 16:40', $s$Problem$s$,
$b$hi, the home page editor is broken. I click save, spinner, then an error and nothing is kept. I tried Safari and Chrome and clearing the cache. can't update our opening hours banner for the bank holiday. help

Noor, Wild Rye Bakehouse$b$),
(3052, NULL, 'maison-lune', 'compta@maison-lune.fr', '2026-06-03 10:05', $s$Chargeback fee charged twice$s$,
$b$Hello,

on our May Shelfwise invoice I see two chargeback fees of 15 € for the same dispute (order #3318, dispute opened 12 May). There was only one chargeback for this order and we won it. Could you refund one of the fees, or both if the fee is returned when we win?

Merci,
Camille Roux
Comptabilité, Maison Lune$b$),
(3053, 'S18', 'la-petite-epicerie', 'bonjour@lapetiteepicerie.fr', '2026-06-03 09:40', $s$Comment contester un chargeback ?$s$,
$b$Bonjour,

je viens de recevoir un e-mail "Un client a contesté un paiement" pour une commande de 120 € livrée il y a trois semaines (j'ai le suivi Colissimo avec signature). C'est mon premier litige et je ne sais pas comment répondre. Où est-ce que je dépose les preuves dans Shelfwise, et combien de temps j'ai pour le faire ?

Merci d'avance,
Nathalie
La Petite Épicerie$b$),
(3054, 'S22', 'mossandfern', 'accounts@mossandfern.com', '2026-06-03 14:50', $s$Xero sync creating 2 invoices per sale$s$,
$b$Hi,

our accountant flagged that our Xero has double the sales for the last week. Looking at it, each Shelfwise order has been pushed as two invoices (same contact, same amount, same order reference). Only one gets the payment attached. We haven't touched the Xero settings in months. Can you stop it doing that and tell us if there's a way to remove the extras in bulk?

Rob Ellison
Moss & Fern Terrariums Ltd
Registered in England and Wales no. 10938471. Registered office: 7 Mill Lane, Frome BA11 1AA.$b$),
(3055, NULL, 'sundial-studio', 'web@sundialstudio.co', '2026-06-03 17:05', $s$Idea: video background section$s$,
$b$Hi, separate from my other ticket: it would be great if the page builder had a section with a full-width background video (muted, autoplay, looping), like a hero image but a video. Right now I can only embed YouTube in a text block, which looks clunky and shows the YouTube controls. Thanks, Iris$b$),
(3056, NULL, 'ridgeway-bikes', 'accounts@ridgewaybikes.co.uk', '2026-06-03 15:20', $s$QuickBooks: duplicate sales receipts$s$,
$b$Hello,

the QuickBooks Online integration has started creating two sales receipts for some of our orders (about one in five since last Thursday). Both have the Shelfwise order number in the memo. It throws our VAT return out. We don't use Xero, only QuickBooks. Is there a fix coming, and how do we clean up the duplicates?

Thanks
Harriet Lowe
Ridgeway Bikes Ltd$b$),
(3057, 'S26', 'fable-and-fir', 'hello@fableandfir.com', '2026-06-03 08:45', $s$Chat with Customer Care$s$,
$b$[08:41] Shelfwise Assistant: Hi there! I'm the Shelfwise assistant. What can I help you with today?
[08:41] Visitor: my customers say the reset password email doesn't work
[08:42] Shelfwise Assistant: Customers can reset their password from the login page by clicking "Forgot password". Would you like a link to the help article?
[08:42] Visitor: no they do that, the link in the email says expired. straight away
[08:43] Shelfwise Assistant: Thanks, I'll pass this to our team.
[08:43] Visitor: ok. it's at least 5 people since yesterday
---
Visitor: Fable & Fir (hello@fableandfir.com)
Store: fableandfir.com$b$),
(3058, 'S26', 'bramble-and-bee', 'sophie@brambleandbee.co.uk', '2026-06-03 09:05', $s$Re: Customers can't reset password - link expired$s$,
$b$Hi, any update on this? Two more customers this morning.

Sophie

On Tue, 2 Jun 2026 at 16:25, Sophie <sophie@brambleandbee.co.uk> wrote:
> Hello,
>
> three customers contacted me today saying they can't get into their accounts. They click "Forgot password", get the e-mail, click the link straight away and the page says "This link has expired. Please request a new one."
>
> Sophie
> Bramble & Bee$b$),
(3059, NULL, 'alpenglow-outdoor', 'service@alpenglow-outdoor.de', '2026-06-03 12:10', $s$UPS tracking link opens the US site$s$,
$b$Hello,

in our shipping confirmation e-mails the UPS tracking link opens ups.com in English with the US address format. Our customers are in Germany and Austria and would like the German UPS page. The link itself works and shows the parcel. Can we change the link to the German site, e.g. with the language parameter?

Best
Tobias Wagner
Alpenglow Outdoor$b$),
(3060, 'S33', 'holzwerk-kinder', 'service@holzwerk-kinder.de', '2026-06-03 11:40', $s$DPD Sendungsverfolgung: Link führt auf Fehlerseite$s$,
$b$Hallo,

mehrere Kunden haben sich gemeldet, dass der Link zur Sendungsverfolgung in der Versandbestätigung nicht funktioniert. Bei DPD-Paketen landet man auf einer DPD-Seite mit "404 – Seite nicht gefunden". Wenn ich die Paketnummer direkt auf dpd.de eingebe, wird die Sendung gefunden.

Bei DHL-Paketen funktioniert der Link.

Viele Grüße
Jana Schuster
Holzwerk Kinder – Holzspielzeug aus dem Erzgebirge$b$),
(3061, NULL, 'fresh-and-local-bristol', 'hello@freshandlocalbristol.co.uk', '2026-06-03 16:00', $s$Local delivery says not available for nearby addresses$s$,
$b$Hi

we set up local delivery with a 10 km radius around our shop (BS3). Customers who live 2-3 km away get "Local delivery isn't available for your address" at checkout and only see courier options. One of them is literally on the next street. The postcode is right and Google Maps puts it 800 m away. What are we missing?

Thanks, Kiran
Fresh & Local Bristol$b$),
(3062, 'S49', 'gruenzeug-berlin', 'kontakt@gruenzeug-berlin.de', '2026-06-03 15:55', $s$Offer pick-up in our shop?$s$,
$b$Hello again,

many customers from Berlin ask if they can pick up their plants at our shop in Kreuzberg instead of shipping. How do I set it up so they can choose "Pick up in store" in the checkout (without shipping costs)? And does the customer get an e-mail when the order is ready to collect?

Danke!
Mia
Grünzeug Berlin$b$),
(3063, 'S40', 'hanse-outdoor', 'buchhaltung@hanse-outdoor.de', '2026-06-03 13:05', $s$Order export CSV - umlauts broken$s$,
$b$Hello,

when I download the CSV under Orders > Export and open it in Excel, all umlauts are destroyed: "Müller" becomes "MÃ¼ller", "Straße" becomes "StraÃŸe". This was not like this before. Our accounting program cannot read the file like this.

Regards
Petra Lange
Buchhaltung · Hanse Outdoor GmbH$b$);
