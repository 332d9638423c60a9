-- Shelfwise evaluation set, part 3 of 4: 7-9 June 2026 (written by hand; see README.md here).
INSERT INTO eval_tickets (id, grp, account, requester, created_at, subject, body) VALUES
(3127, NULL, 'quillandquire', 'admin@quillandquire.co.uk', '2026-06-07 10:20', $s$Fixed exchange rate for EUR?$s$,
$b$Hello,

we sell in GBP and have EUR switched on for Irish and EU customers. The EUR prices change a little every day with the exchange rate, which makes our prices look odd (€23.47 one day, €23.52 the next). Can I set a fixed rate myself, e.g. 1 GBP = 1.17 EUR, and only change it when I want to?

Regards,
Oliver Bennett
Quill & Quire$b$),
(3128, 'S25', 'chocolaterie-bernard', 'commandes@chocolaterie-bernard.ch', '2026-06-07 09:40', $s$Prix en CHF mal arrondis$s$,
$b$Bonjour,

dans Paramètres > Devises, nous avons activé l'arrondi des prix en CHF à ,90. Pourtant, la boutique affiche des prix comme 21.37 CHF ou 8.64 CHF au lieu de 21.90 et 8.90. Cela ne fait pas sérieux pour une chocolaterie suisse ! En EUR les prix sont normaux (ce sont nos prix de base).

L'arrondi fonctionnait encore en mai.

Meilleures salutations,
Luc Bernard
Chocolaterie Bernard SA$b$),
(3129, 'S12', 'ridgeway-bikes', 'warehouse@ridgewaybikes.co.uk', '2026-06-07 11:15', $s$Inventory going down twice per order$s$,
$b$Hi,

got the warehouse connection working again with the new key, thanks. But now there's a different problem: every order takes 2 off the stock instead of 1. An order for one inner tube took our count from 120 to 118. The product history shows "Order #6631 -1" twice, one by Shelfwise and one by the warehouse app. Our warehouse software only shows one shipped. We're going to end up overselling the other way round (showing out of stock when we're not).

Dan Kowalski
Warehouse Manager, Ridgeway Bikes$b$),
(3130, NULL, 'pressed-petal', 'shop@pressedpetal.ie', '2026-06-07 12:30', $s$Customer paid twice by mistake$s$,
$b$Hi, a customer placed the same order twice this morning (#2291 and #2292, 3 minutes apart, same items) because she thought the first one hadn't worked. She was charged for both. What's the best way to cancel one and give her the money back? Should I cancel or refund? Aoife$b$),
(3131, 'S30', 'ashgrove-apothecary', 'owner@ashgroveapothecary.com', '2026-06-07 13:05', $s$Variant price not updating on product page$s$,
$b$Hi, on my trial store (Meadow theme) when I choose the 100 ml option on a product page, the price stays at the 30 ml price. It only changes after reloading the page with the variant in the URL. The add to cart then uses the right price. Is this a theme bug? It's making me nervous about switching. Nadia$b$),
(3132, 'S31', 'emberandoak', 'hello@emberandoak.co.uk', '2026-06-07 14:00', $s$SSL certificate stuck on pending$s$,
$b$Hello,

we connected our new domain emberandoak.co.uk on Friday. DNS shows connected, but SSL has been "Pending" since then and visitors get a privacy warning ("Your connection is not private"). I removed and re-added the domain yesterday as your article suggests, still pending. Our old domain works fine with https.

Ruth
Ember & Oak$b$),
(3133, NULL, 'sweet-stall-sarah', 'sarah@sweetstall.co.uk', '2026-06-07 08:10', $s$Logo on printed receipts$s$,
$b$Hi, I have a little Bluetooth receipt printer with the POS app on my iPhone. Receipts print fine but only with text. Can I add my logo at the top and a thank you message at the bottom? Sarah$b$),
(3134, 'S37', 'veggie-box-leeds', 'hello@veggieboxleeds.co.uk', '2026-06-07 08:35', $s$Receipt printer stopped printing$s$,
$b$Morning,

our Bluetooth receipt printer stopped printing from the POS app this week. It's paired, the app shows it as "Connected", test print from the app settings does nothing. Android phone (Pixel 7, updated to Android 15 on Thursday). The printer prints its own self test page fine. Card reader works now by the way, thanks for that.

Pete$b$),
(3135, 'S37', 'kaffee-mobil', 'info@kaffee-mobil.at', '2026-06-07 09:20', $s$Receipt printer does not print anymore (Android)$s$,
$b$Hello,

since the Android update last week (Samsung Galaxy S23, now Android 15) our Bluetooth receipt printer prints nothing from the POS app. The app says "Printer connected", but no receipt comes out, also no test print. With an old Android tablet (Android 13) the same printer works.

In Austria we need the receipt by law, so please urgent.

Thanks,
Florian
Kaffee Mobil$b$),
(3136, NULL, 'trailblaze-gear', 'logistics@trailblazegear.com', '2026-06-07 10:45', $s$Voided UPS labels not credited$s$,
$b$Hi,

I voided 6 UPS labels on 29 May because the customer changed the delivery address. The labels show as "Voided" in the orders, but the label charges (£41.70 in total) are still on our Shelfwise shipping balance and weren't credited back. How long does a void take to be refunded?

Callum Reid
Trailblaze Gear Ltd$b$),
(3137, 'S34', 'urban-sprout', 'help@urbansprout.shop', '2026-06-07 15:20', $s$Customer charged twice$s$,
$b$Hi,

a customer says she got an error on the payment page ("Your payment could not be completed, please try again"), clicked pay again, and the second time it worked. Now her bank shows two charges of £56.80 but we only have one order. This is the second customer this week with the same story. We only see one payment in the order. Where did the first charge go?

Urban Sprout Support
-- 
Sent via the Shelfwise help form | Store: urbansprout.shop | Plan: Grow$b$),
(3138, 'S54', 'hanse-outdoor', 'versand@hanse-outdoor.de', '2026-06-07 16:10', $s$UPS shipping shows 0,00 € at checkout$s$,
$b$Hi,

we use calculated carrier rates from UPS at checkout. Since yesterday "UPS Standard" shows 0,00 € for every address, so customers get free UPS shipping. DHL rates calculate normally. Our UPS account is connected and labels work. We have now turned off UPS at checkout for the moment.

Dennis Hoffmann
Versand / Logistik, Hanse Outdoor GmbH$b$),
(3139, NULL, 'la-petite-epicerie', 'bonjour@lapetiteepicerie.fr', '2026-06-07 17:05', $s$Déclaration de douane pour la Suisse$s$,
$b$Bonjour,

j'ai ma première commande d'un client en Suisse. Pour Colissimo il faut une déclaration CN23. Est-ce que Shelfwise peut la générer automatiquement avec l'étiquette, avec les codes SH des produits ? Où est-ce que je renseigne le code SH et le pays d'origine des produits ?

Merci,
Nathalie
La Petite Épicerie$b$),
(3140, NULL, 'wickandwane', 'studio@wickandwane.com', '2026-06-07 18:40', $s$Cancel my subscription$s$,
$b$Hi, sadly we're closing the candle business at the end of June. Please cancel our Shelfwise subscription from 30 June and let me know how I can download our orders and customer list before the shop is closed. Thanks for everything. Megan, Wick & Wane$b$),
(3141, 'S58', 'sweet-stall-sarah', 'mum@sweetstall.co.uk', '2026-06-07 11:50', $s$Tap to pay not working on Samsung phone$s$,
$b$Hello, I help my daughter Sarah at her market stall. I use the POS app on my Samsung Galaxy A54 to take card payments by tapping the card on the phone. Since the app updated it says "NFC unavailable on this device" and won't take the card. NFC is switched on. My daughter's iPhone had a different error yesterday. Can you help please, we lost some sales today.

Carol$b$),
(3142, 'S06', 'harbourhound', 'ops@harbourhound.co.uk', '2026-06-08 11:05', $s$Apple Pay disappeared from checkout$s$,
$b$Hi,

since this morning the Apple Pay button is gone from our checkout on iPhone. Customers only see card and PayPal. I checked on my own iPhone in Safari with Apple Pay set up, no button, where on Friday there was one. Apple Pay is ticked in Settings > Payments. About 40% of our orders are Apple Pay so this matters.

Tom
Harbour Hound$b$),
(3143, 'S06', 'kurashi-zakka', 'shop@kurashi-zakka.jp', '2026-06-08 12:20', $s$Apple Payが表示されなくなりました$s$,
$b$Shelfwiseサポート様

くらし雑貨の田中です。

本日から、iPhoneのSafariでチェックアウト画面を開いても「Apple Pay」のボタンが表示されません。先週までは表示されていました。管理画面の決済設定ではApple Payは有効になっています。お客様から「Apple Payが使えなくなった」と問い合わせがありました。

ご確認をお願いいたします。
くらし雑貨 田中

iPhoneから送信$b$),
(3144, NULL, 'ferment-and-co', 'stall@fermentandco.com', '2026-06-08 13:30', $s$Apple Pay on the POS app$s$,
$b$Hi, can customers pay with Apple Pay on their phone or watch at our market stall? We use the POS app on iPhone with the Shelfwise card reader. Do I need to turn something on, or does the reader accept it as a contactless card automatically? Leo$b$),
(3145, 'S06', 'tidepool-ceramics', 'priya@tidepoolceramics.com', '2026-06-08 15:45', $s$Help$s$,
$b$Hi - customers are telling me they can't find Apple Pay at checkout anymore. I see card, PayPal and Pay Later but the black Apple Pay button is missing on iPhone. Nothing changed on our side. Is Apple Pay down?

Priya
Tidepool Ceramics

Sent from my iPhone$b$),
(3146, NULL, 'velo-velo', 'shop@velovelo.eu', '2026-06-08 14:10', $s$Google Pay not offered on Android$s$,
$b$Hi,

we enabled Google Pay in Settings > Payments two weeks ago but it never shows up at checkout, neither on my Android phone (Chrome) nor on desktop Chrome with a card saved in Google. Apple Pay shows on iPhone, that's fine. Is there a domain verification step for Google Pay we missed?

Regards
Pieter
Velo Velo Parts$b$),
(3147, NULL, 'pinecone-toys', 'marketing@pineconetoys.com', '2026-06-08 09:15', $s$How to write variants in the import CSV?$s$,
$b$Hi, I want to add our new range (30 toys, some with 2-3 colours) by CSV instead of one by one. In the template, do I put each colour on its own row with the same handle, and leave the title empty on the extra rows? And what goes in "Option1 Name" vs "Option1 Value"? A small example would help a lot. Jess$b$),
(3148, 'S09', 'maison-lune', 'boutique@maison-lune.fr', '2026-06-08 10:05', $s$Bulk import: variant photos not attached$s$,
$b$Hello,

we imported our autumn collection by CSV this morning (85 products, ~400 variants). Each colour variant has its own photo URL in the Variant Image column, but after the import the variants have no image assigned. The photos are in the product media, they are just not linked to the variants. Same result when I import a file with only one product.

Claire
Maison Lune$b$),
(3149, 'S14', 'almhuette-delikatessen', 'steuerberatung@kanzlei-pichler.at', '2026-06-08 10:40', $s$OSS report: AT orders taxed at German rate$s$,
$b$Sehr geehrte Damen und Herren, dear Shelfwise team,

I am the tax advisor of Almhütte Delikatessen. Preparing the OSS return, we see that the orders to Austrian customers since about 26 May are taxed with 19% / 7% (German rates) instead of 20% / 10%. In the OSS export the country is "AT" but the rate column shows 19. Our client already wrote to you on 1 June and has no answer yet. We need a corrected export and the issue fixed for further orders.

Mit freundlichen Grüßen
Mag. Stefan Pichler
Steuerberatung Pichler · Linzer Gasse 22 · 5020 Salzburg
Diese Nachricht kann vertrauliche Informationen enthalten und ist ausschließlich für den Empfänger bestimmt.$b$),
(3150, NULL, 'tienda-olivar', 'pedidos@tiendaolivar.es', '2026-06-08 11:25', $s$¿Cómo pido la recogida a Correos?$s$,
$b$Hola,

ya creamos las etiquetas de Correos desde Shelfwise sin problema. ¿Se puede solicitar desde Shelfwise que Correos pase a recoger los paquetes al almacén, o tengo que pedir la recogida en la web de Correos cada vez? Enviamos unos 30 paquetes al día.

Un saludo,
Javier Ortega
Tienda Olivar$b$),
(3151, 'S20', 'isla-bonita-cosmetica', 'tienda@islabonitacosmetica.es', '2026-06-08 09:50', $s$No se generan etiquetas de Correos para Canarias$s$,
$b$Buenos días,

cuando intentamos crear la etiqueta de Correos para un pedido con dirección en Canarias (Las Palmas, Tenerife), sale el error "No se pudo crear la etiqueta: se requiere declaración de aduana (DUA)". Los productos tienen el código arancelario y el valor. Para la Península y Baleares funciona bien.

Tenemos 9 pedidos de Canarias parados desde el viernes.

Gracias,
Marta Díaz
Isla Bonita Cosmética
C/ Alfarería 14, 38003 Santa Cruz de Tenerife$b$),
(3152, 'S23', 'gruenzeug-berlin', 'kontakt@gruenzeug-berlin.de', '2026-06-08 12:45', $s$Mailchimp: checkout newsletter sign-ups missing$s$,
$b$Hi,

customers who tick "I want to receive news by e-mail" in the checkout don't arrive as subscribers in our Mailchimp list. In Shelfwise the customer says "Email marketing: subscribed", in Mailchimp they are missing or "unsubscribed". People who sign up with the form in the footer are in Mailchimp correctly.

Liebe Grüße
Mia
Grünzeug Berlin$b$),
(3153, 'S28', 'fernweh-reisebedarf', 'buchhaltung@fernweh-reisebedarf.de', '2026-06-08 08:55', $s$Billing page: "Unable to load invoices"$s$,
$b$Hello,

I wanted to download our Shelfwise invoice for May for the accounts. Settings > Billing shows the plan at the top, but the invoice list below just says "Unable to load invoices. Try again later." Tried several times since Friday, also in another browser.

Regards
Katrin Vogel
Fernweh Reisebedarf GmbH$b$),
(3154, NULL, 'almhuette-delikatessen', 'office@almhuette-delikatessen.de', '2026-06-08 13:10', $s$Rechnungen mit neuer Firmierung$s$,
$b$Hallo,

wir haben zum 1. April von "Almhütte Delikatessen Brandstätter e.K." zur "Almhütte Delikatessen GmbH" umfirmiert und die Daten in Einstellungen > Rechnungsdaten schon geändert. Könnt ihr uns die Shelfwise-Rechnungen für April und Mai bitte noch einmal mit dem neuen Firmennamen und der neuen USt-IdNr. DE 341 228 907 ausstellen? Unser Steuerberater braucht das so.

Danke
Michael Brandstätter$b$),
(3155, 'S28', 'north-thread', 'hello@norththread.co', '2026-06-08 10:30', $s$can't get my invoice$s$,
$b$Hey, I'm trying to download our Shelfwise subscription invoice for last month and the billing page shows an error where the invoices should be ("Unable to load invoices"). Reloading doesn't help. Our bookkeeper needs it by Wednesday. Sam$b$),
(3156, NULL, 'copperkettle-crafts', 'accounts@copperkettlecrafts.com', '2026-06-08 15:20', $s$Copies of 2025 invoices for our accountant$s$,
$b$Hello,

our new accountant needs copies of all our Shelfwise invoices from January to December 2025 for the year end. The billing page only lists the last 12 months. Could you send them as PDFs to accounts@copperkettlecrafts.com, or tell me where to find the older ones?

Many thanks
Maureen
Accounts, Copper Kettle Crafts$b$),
(3157, NULL, 'fresh-and-local-bristol', 'hello@freshandlocalbristol.co.uk', '2026-06-08 11:55', $s$Payouts paused - verification$s$,
$b$Hi

we got an e-mail saying "Your payouts are paused while we verify your business" and asking for a proof of address. I uploaded our utility bill on Friday but the payouts page still says paused. We have about £3,400 waiting. Could someone look at the documents please?

Thanks, Kiran
Fresh & Local Bristol Ltd$b$),
(3158, 'S43', 'bellwether-tea', 'finance@bellwethertea.com', '2026-06-08 14:35', $s$Payout CSV download is empty$s$,
$b$Hi,

when I open a payout (for example the one from 1 June) and click "Export transactions", the CSV that downloads only has the header row, no transactions. This happens for every payout I try. I need the breakdown per order for our reconciliation. The payout page itself shows the transactions on screen.

Thanks,
Daniel
Bellwether Tea Co.$b$),
(3159, 'S35', 'kiwi-and-koru', 'orders@kiwiandkoru.co.nz', '2026-06-08 03:10', $s$Meta shop disconnected again$s$,
$b$Hi, our Facebook & Instagram shop connection keeps dropping. Every day or two there's a notice in Shelfwise "Reconnect your Meta account", our Instagram product tags stop working until I reconnect. I've done it 5 times this week. Is there a permanent fix? Tama$b$),
(3160, 'S54', 'alpenglow-outdoor', 'service@alpenglow-outdoor.de', '2026-06-08 09:30', $s$UPS rates are zero in checkout$s$,
$b$Hello,

customers get UPS Express Saver for 0.00 EUR in checkout since the weekend. We noticed because we had 14 orders with free express shipping. We use UPS calculated rates, and DPD flat rates. Please check, we have switched UPS off at checkout for now.

Best
Tobias Wagner
Alpenglow Outdoor$b$),
(3161, NULL, 'hoppers-homebrew', 'mail@hoppershomebrew.co.uk', '2026-06-08 16:15', $s$Discount code stopped working a day early$s$,
$b$Hello, our code BREWDAY20 was set to run until 8 June (end date 08/06/2026), but customers told us it stopped working last night around 11pm, so on the 7th. The code page says "Expired". Is the end date using a different time zone from ours, or does it end at the start of the day instead of the end? Marcus$b$),
(3162, NULL, 'driftwood-home', 'info@driftwoodhome.com.au', '2026-06-08 00:45', $s$Cancel subscription please$s$,
$b$Hi, we've decided to go with another platform. Please cancel our Shelfwise plan at the end of the current billing period (renews on 15 June) and don't charge us again. Is there a cancellation fee for the apps we have installed? Kylie, Driftwood Home$b$),
(3163, 'S57', 'tee-division', 'ops@teedivision.com', '2026-06-08 13:55', $s$Buy 2 get 1 free gives away the expensive one$s$,
$b$Hi,

we have an automatic discount "Buy 2 get 1 free" on all t-shirts, with "customer gets: the lowest priced item". But in checkout it's making the most expensive shirt free. Cart with two £15 shirts and one £28 shirt: the £28 one is free. We've had about 20 orders like that since Friday.

Raj, Tee Division$b$),
(3164, 'S07', 'bergbrot', 'lena.kraus@bergbrot.de', '2026-06-09 08:02', $s$Can't log in - keeps going back to login page$s$,
$b$Hi,

I can't log in to the admin this morning. I enter e-mail and password, then the 2FA code, and then I'm sent back to the login page again. Over and over. Tried another browser, incognito and my phone. Jonas has the same problem on his laptop.

Lena Kraus
Bergbrot Backwaren GmbH | Onlineshop$b$),
(3165, 'S07', 'atelier-savon', 'contact@atelier-savon.fr', '2026-06-09 08:15', $s$Impossible de se connecter à l'administration$s$,
$b$Bonjour,

depuis ce matin je n'arrive plus à me connecter. Après le mot de passe et le code de vérification, la page de connexion s'affiche à nouveau, en boucle. J'ai vidé le cache et essayé avec Firefox et Chrome. Je dois préparer les commandes du week-end…

Élodie Garnier
Atelier Savon$b$),
(3166, 'S07', 'hollyhock-market', 'stall@hollyhockmarket.co.uk', '2026-06-09 08:31', $s$Offline message from Rosie$s$,
$b$Name: Rosie Adler
Email: stall@hollyhockmarket.co.uk
Store URL: hollyhockmarket.co.uk
Message: login loop!! I put in my password and the code from the app and it just takes me back to "Log in to Shelfwise". cant get to my orders. POS app still works thankfully$b$),
(3167, 'S07', 'maison-lune', 'boutique@maison-lune.fr', '2026-06-09 09:20', $s$Urgent: admin access$s$,
$b$Hello,

none of our team can access the Shelfwise admin since 8:00 (Paris time 10:00). Login succeeds and then it redirects to /login again. We have a product launch at noon. Please tell us if this is a general problem.

Claire
Maison Lune$b$),
(3168, NULL, 'hanse-outdoor', 'lager@hanse-outdoor.de', '2026-06-09 10:30', $s$Packzettel zusammen mit Label drucken$s$,
$b$Hallo,

wir drucken jeden Morgen die Labels für alle offenen Bestellungen auf einmal. Die Packzettel müssen wir danach extra aus jeder Bestellung einzeln drucken. Gibt es eine Möglichkeit, Label und Packzettel in einem Durchgang zu drucken (z. B. ein PDF mit abwechselnd Label und Packzettel)?

Gruß, Sven
Lager Hanse Outdoor$b$),
(3169, NULL, 'harbourhound', 'ops@harbourhound.co.uk', '2026-06-09 14:20', $s$Staff account locked$s$,
$b$Hi, our Saturday helper Lily (lily@harbourhound.co.uk) typed her password wrong too many times and now gets "This account is locked for security reasons. Contact the store owner." I'm the owner and I can log in fine, but I can't find an unlock button in Settings > Staff. Can you unlock her account? Tom$b$),
(3170, 'S32', 'cornish-soap-co', 'dispatch@cornishsoap.co.uk', '2026-06-09 09:40', $s$Labels printing tiny on the Zebra$s$,
$b$Hi, since yesterday our labels come out of the Zebra thermal printer shrunk down, like an A4 page squeezed onto the 4x6 label, so the barcode is tiny and the courier scanner can't read it. Print format in Settings > Shipping is still "4x6 in thermal". Nothing changed with the printer. Royal Mail and DHL labels both. Ben$b$),
(3171, NULL, 'little-larder', 'info@littlelarder.co.uk', '2026-06-09 15:05', $s$Locked out of my account$s$,
$b$Hello,

I've been locked out of the Shelfwise admin after trying my old password a few times (I changed it last week and forgot). The message says the account is locked for 24 hours or until support unlocks it. Can you unlock it? I'm the store owner, gwen@littlelarder.co.uk is the login. I can verify with the last 4 digits of the card we pay with.

Thank you
Gwen$b$),
(3172, 'S32', 'wildrye-bakehouse', 'hello@wildryebakehouse.com', '2026-06-09 11:10', $s$4x6 labels now print as A4 scaled down$s$,
$b$Hello again!

After I finally got 4x6 working last week, since yesterday the labels print as a tiny A4 page in the middle of the 4x6 sticker. The PDF that Shelfwise makes is now A4 size even though I chose 4x6 thermal. So it's not the printer, the file itself is A4. Help :(

Noor, Wild Rye Bakehouse$b$),
(3173, 'S10', 'velvet-fox-vintage', 'shop@velvetfoxvintage.com', '2026-06-09 10:45', $s$Promo code rejected when cart has reduced item$s$,
$b$Hi,

our code VINTAGE20 is rejected with "This code isn't valid for the items in your cart" whenever the cart contains a product that has a compare-at price (we mark a few pieces as reduced). The code is for all products, no exclusions. If the cart only has full price items it works. We had complaints on Saturday.

Mara
Velvet Fox Vintage$b$),
(3174, NULL, 'toastandjam-kids', 'hello@toastandjamkids.com', '2026-06-09 12:00', $s$Abandoned checkout e-mails - how to turn on?$s$,
$b$Hi, how do I switch on the e-mail that reminds customers they left something in their basket? I'd like it to go out after 4 hours, not the next day, and include a 5% code. Is that possible in Shelfwise or do I need Mailchimp for that? Priti$b$),
(3175, 'S38', 'bellwether-tea', 'hello@bellwethertea.com', '2026-06-09 11:35', $s$Abandoned cart email sent after customer already ordered$s$,
$b$Hi,

two customers complained today that they got our "You left something in your cart" e-mail hours after they had already completed their order (same e-mail address, same items). One thought she'd been charged twice. This started over the weekend. We use the built-in Shelfwise abandoned checkout e-mail, not Mailchimp.

Daniel
Bellwether Tea Co.$b$),
(3176, NULL, 'fernweh-reisebedarf', 'buchhaltung@fernweh-reisebedarf.de', '2026-06-09 13:20', $s$Telefonnummer im Bestellexport$s$,
$b$Hallo,

im Bestellexport (CSV) fehlt die Telefonnummer der Lieferadresse. Unser Lager braucht sie für Speditionssendungen. Könnt ihr die Spalte bitte in den Export aufnehmen? Oder gibt es einen Export, wo sie drin ist?

Gruß
Katrin Vogel$b$),
(3177, 'S40', 'nordic-nest-living', 'orders@nordicnest.living', '2026-06-09 09:10', $s$Garbled characters in orders export$s$,
$b$Hello,

when I export orders to CSV and open it, all Swedish letters are broken: "Åsa Lindström" becomes "Ã…sa LindstrÃ¶m", "Göteborg" becomes "GÃ¶teborg". It worked fine in April. We import this file to our accounting system every week.

Kind regards
Erik Lindqvist
Nordic Nest Living AB$b$),
(3178, 'S18', 'saltandsage-kitchen', 'ana@saltandsage.kitchen', '2026-06-09 14:00', $s$Customer disputed a payment - what do I do?$s$,
$b$Hi, I got an e-mail that a customer opened a dispute for order #512 (£78, spice gift box, delivered with tracking). What do I need to do now? Where do I upload proof of delivery and how long do I have? Do I lose the money while it's open? Ana$b$),
(3179, NULL, 'sundial-studio', 'hello@sundialstudio.co', '2026-06-09 16:20', $s$Blog: schedule posts?$s$,
$b$Hi, can I write blog posts in advance and set a date and time for them to publish? I only see "Visible" / "Hidden" in the blog post editor. Thanks, Iris$b$),
(3180, NULL, 'chocolaterie-bernard', 'commandes@chocolaterie-bernard.ch', '2026-06-09 10:10', $s$Numéro de TVA du client sur la facture$s$,
$b$Bonjour,

plusieurs clients professionnels (hôtels, restaurants) nous demandent que leur numéro de TVA figure sur la facture de commande. Est-ce qu'on peut ajouter un champ "Numéro de TVA" dans le checkout et l'afficher automatiquement sur la facture PDF ?

Meilleures salutations,
Luc Bernard$b$),
(3181, 'S50', 'atelier-savon', 'pro@atelier-savon.fr', '2026-06-09 15:40', $s$TVA facturée aux clients pro avec numéro de TVA valide$s$,
$b$Bonjour,

nous avons activé l'autoliquidation pour les clients professionnels de l'UE (Paramètres > Taxes > "Ne pas facturer la TVA aux entreprises avec un numéro de TVA valide"). Depuis quelques jours, nos revendeurs en Belgique et en Allemagne saisissent leur numéro de TVA (vérifié sur VIES, il est valide) et la TVA est quand même ajoutée à la commande. Avant, ça fonctionnait.

Nos revendeurs doivent ensuite nous demander un remboursement de la TVA, c'est compliqué.

Cordialement,
Antoine Garnier
Atelier Savon – ventes professionnelles$b$),
(3182, 'S21', 'yuzu-and-co', 'support@yuzuandco.jp', '2026-06-09 05:50', $s$Yamato label ignores delivery time slot$s$,
$b$Hi Shelfwise support,

we ship with Yamato through your integration. When customers select a delivery time window at checkout (e.g. 14-16), the Yamato shipping label we print from the order comes out with "時間指定なし" (no time specified). The date is correct. Our customers are complaining they were not home. This started around the end of May.

Thanks,
Emily Watanabe
Yuzu & Co. Online Store$b$),
(3183, 'S28', 'ridgeway-bikes', 'accounts@ridgewaybikes.co.uk', '2026-06-09 09:55', $s$Problem$s$,
$b$Hi, the invoices section on our billing page won't load, just says unable to load invoices. I need the May invoice for VAT. Also the "Download PDF" link in the billing e-mail you sent goes to the same page. Harriet, Ridgeway Bikes$b$),
(3184, 'S57', 'velo-velo', 'shop@velovelo.eu', '2026-06-09 12:40', $s$Automatic discount applied to wrong item$s$,
$b$Hi,

our automatic promotion "3 for 2 on tyres" should make the cheapest tyre free. Since last week the checkout deducts the price of the most expensive tyre instead. On a cart with two €29 tyres and one €54 tyre, the customer pays €58 instead of €83. We've changed nothing in the discount.

Regards
Pieter
Velo Velo Parts$b$),
(3185, 'S60', 'hollow-oak-candles', 'team@hollowoakcandles.com', '2026-06-09 16:50', $s$Download list of subscribers?$s$,
$b$Hi, is there a way to download only the customers who signed up to receive marketing e-mails? I want to import them into Klaviyo and need to be sure I only take the ones who opted in, with when they opted in. Thanks! Hollow Oak Candles$b$);
