-- Shelfwise evaluation set, part 4 of 4: 10-12 June 2026 (written by hand; see README.md here).
INSERT INTO eval_tickets (id, grp, account, requester, created_at, subject, body) VALUES
(3186, 'S08', 'trailblaze-gear', 'marketing@trailblazegear.com', '2026-06-10 09:05', $s$Google Shopping feed not updating$s$,
$b$Hi,

in the Google Shopping app it says "Last synced: 7 June, 02:14" and it hasn't moved since. We changed prices on 40 products for our summer sale yesterday and Merchant Center still has the old prices, so Google has started disapproving products for "Mismatched value (page crawl) [price]". "Sync now" spins and then nothing.

Could you check? Our Shopping ads are basically off now.

Thanks
Amy Fraser
Marketing, Trailblaze Gear Ltd$b$),
(3187, 'S08', 'north-thread', 'hello@norththread.co', '2026-06-10 10:20', $s$products disapproved in merchant center$s$,
$b$Hey, Merchant Center is full of "price mismatch" warnings since Sunday. Looks like Shelfwise stopped sending updates to Google, the feed in the app is stuck on Sunday's date. New products from Monday are not in Google at all. Sam$b$),
(3188, NULL, 'pinecone-toys', 'marketing@pineconetoys.com', '2026-06-10 11:00', $s$Facebook catalogue: products rejected, missing brand$s$,
$b$Hi, (the reconnect thing seems better this week) but now 48 of our products aren't in the Facebook catalogue. In Commerce Manager they show "Missing required field: brand". In Shelfwise the products have a Vendor filled in. Which Shelfwise field is sent as brand to Meta? Jess$b$),
(3189, 'S08', 'ashgrove-apothecary', 'owner@ashgroveapothecary.com', '2026-06-10 13:45', $s$Google sync stuck$s$,
$b$Hello,

we went live on Shelfwise on Monday (finally!) and connected the Google Shopping app, but nothing has been sent to Google yet. The app dashboard shows "Last sync: 7 June" which is before we even connected, and 0 products submitted. I have clicked resync several times. Is it something on our side?

Nadia Pereira
Ashgrove Apothecary$b$),
(3190, NULL, 'velo-velo', 'shop@velovelo.eu', '2026-06-10 14:20', $s$Keep some products out of Google Shopping$s$,
$b$Hello, we sell some used parts (second hand) that we don't want to advertise on Google Shopping. How do I exclude single products or a whole collection from the Google feed, but keep them in the shop? Regards, Pieter$b$),
(3191, 'S17', 'saltandsage-kitchen', 'ana@saltandsage.kitchen', '2026-06-10 10:40', $s$Chat with Ana$s$,
$b$[10:37] Shelfwise Assistant: Hi there! I'm the Shelfwise assistant. What can I help you with today?
[10:37] Visitor: refund
[10:37] Shelfwise Assistant: I can help with refunds! To refund an order, open the order and click "Refund". Would you like to see the help article?
[10:38] Visitor: the button is grey. order was paid with paypal
[10:38] Visitor: card orders I can refund no problem
[10:39] Shelfwise Assistant: Thanks, I'll connect you with our team.
[10:39] Visitor: it says refunds are unavailable for this payment when i hover
---
Visitor: Ana (ana@saltandsage.kitchen)
Store: saltandsage.kitchen
Page: /admin/orders/598$b$),
(3192, 'S20', 'tienda-olivar', 'pedidos@tiendaolivar.es', '2026-06-10 09:30', $s$Correos labels for Canary Islands fail$s$,
$b$Hello,

writing in English in case it goes faster. We can't create Correos labels for customers in the Canary Islands. The error is "Label could not be created: customs declaration required (DUA)". The products have HS codes and the value is filled in. Mainland Spain and Balearic Islands work. We have 5 orders waiting for Gran Canaria.

Javier Ortega
Tienda Olivar$b$),
(3193, 'S24', 'la-petite-epicerie', 'bonjour@lapetiteepicerie.fr', '2026-06-10 11:30', $s$Boutons du checkout en anglais$s$,
$b$Bonjour,

depuis la mise à jour du thème la semaine dernière, une partie de la page de paiement est en anglais alors que la boutique est en français : "Continue to shipping", "Pay now", "Apply" pour le code promo… Le reste de la boutique est bien en français. Dans Traductions, ces textes sont bien traduits.

Mes clients sont des personnes âgées, certains ne comprennent pas.

Merci,
Nathalie
La Petite Épicerie$b$),
(3194, NULL, 'bergbrot', 'lena.kraus@bergbrot.de', '2026-06-10 12:15', $s$Polish language for the shop?$s$,
$b$Hi,

we want to start shipping to Poland. In Settings > Languages, Polish is not in the list of languages I can add (German, English, French, Spanish, Italian, Dutch are). Are you planning Polish? Or can I add a custom language and translate everything myself?

Lena Kraus
Bergbrot Backwaren GmbH$b$),
(3195, 'S29', 'loft-and-linen', 'hello@loftandlinen.co.uk', '2026-06-10 15:00', $s$Variant limit$s$,
$b$Hello,

our new sofa comes in 3 fabrics, 8 colours and 5 sizes, that's 120 versions and Shelfwise stops us at 100 variants. How do other shops handle this? Can the limit be raised for our account? We'd really like to keep it as one product page with the reviews together.

Thanks
Charlotte
Loft & Linen$b$),
(3196, 'S32', 'holzwerk-kinder', 'versand@holzwerk-kinder.de', '2026-06-10 09:50', $s$Labels on thermal printer only tiny now$s$,
$b$Hello,

since Monday our shipping labels come out of the Zebra label printer (100 x 150 mm) strongly reduced, as if an A4 page was squeezed onto the label. The barcode is so small that the DHL driver can't scan it. The setting is still "Thermal printer 4x6". The PDF you download is really A4.

Best regards
Ralf
Versand, Holzwerk Kinder$b$),
(3197, 'S36', 'isla-bonita-cosmetica', 'tienda@islabonitacosmetica.es', '2026-06-10 10:05', $s$Sender name on customer e-mails$s$,
$b$Hello,

our order confirmation e-mails reach customers with the sender "Isla Bonita Test", because that is what I called the store at the beginning. Where can I change the name that appears as sender? And if possible, can they come from our own address tienda@islabonitacosmetica.es?

Thank you,
Marta Díaz
Isla Bonita Cosmética$b$),
(3198, 'S38', 'kettle-and-crumb', 'hello@kettleandcrumb.co.uk', '2026-06-10 12:50', $s$Reminder e-mails going to people who already paid$s$,
$b$Hi,

we're getting replies from customers to our "Still thinking about it?" abandoned basket e-mail saying "I already bought this!" They did - the orders are there and paid. The reminder seems to go out even when the checkout was completed. It's making us look disorganised.

Cheers
Kettle & Crumb Café$b$),
(3199, 'S41', 'hoppers-homebrew', 'mail@hoppershomebrew.co.uk', '2026-06-10 10:15', $s$No shipping options for Northern Ireland$s$,
$b$Hi,

customers with Northern Ireland addresses (BT postcodes) get "No shipping methods are available for this address" at checkout. Belfast, Newry, Lisburn - all the same. Our UK zone includes Northern Ireland, and England/Scotland/Wales addresses get the normal Royal Mail options. We've lost a few orders today.

Marcus
Hopper's Homebrew Supplies$b$),
(3200, 'S41', 'emberandoak', 'hello@emberandoak.co.uk', '2026-06-10 11:40', $s$Urgent!! customer can't check out$s$,
$b$a customer in Belfast rang to say she can't place an order because checkout says there is no shipping available to her address. I tried with a BT1 postcode myself and got the same. nothing changed in our shipping settings. Ruth

Sent from my iPhone$b$),
(3201, NULL, 'cornish-soap-co', 'dispatch@cornishsoap.co.uk', '2026-06-10 15:30', $s$Separate shipping price for Republic of Ireland$s$,
$b$Hi, at the moment Ireland (ROI) is in our "Europe" zone at £12. Couriers to Dublin are actually cheaper for us now. How do I give Ireland its own shipping rate, say £6.95, without changing the rest of Europe? Ben$b$),
(3202, 'S53', 'wiener-seifenmanufaktur', 'office@wiener-seifen.at', '2026-06-10 13:05', $s$Address suggestions drop the house number$s$,
$b$Hello,

when customers in Austria and Germany pick one of the suggested addresses while typing at checkout, the house number is removed from the street line. "Mariahilfer Straße 45" becomes just "Mariahilfer Straße" and sometimes the 45 appears in the apartment field. If they type manually without picking a suggestion, it's fine. Two parcels came back already.

Is it possible to switch the autocomplete off until it is fixed?

Best regards,
Katharina Gruber
Wiener Seifenmanufaktur$b$),
(3203, 'S59', 'alpenglow-outdoor', 'service@alpenglow-outdoor.de', '2026-06-10 16:20', $s$Bulk label printing only prints the first label$s$,
$b$Hi,

when I select 25 orders and choose "Print labels", all 25 labels are bought (I can see 25 tracking numbers) but the PDF that opens has only one page, the first label. To get the others I have to open each order and reprint. This worked until last week.

Tobias Wagner
Alpenglow Outdoor$b$),
(3204, 'S19', 'tee-division', 'ops@teedivision.com', '2026-06-11 09:15', $s$Wrong sender address on Royal Mail labels$s$,
$b$Hi,

we moved warehouse on 1 June and I updated our ship-from address. DHL labels show the new address, but Royal Mail labels are still printed with the old address in Leicester as the return/sender. We've had a few returns go to the old building already. Is there a separate Royal Mail setting I'm missing?

Raj, Tee Division$b$),
(3205, NULL, 'trailblaze-gear', 'logistics@trailblazegear.com', '2026-06-10 16:40', $s$Bulk labels: different service for some orders$s$,
$b$Hello, when I buy labels for many orders at once, they all get the default service (UPS Standard). For a few heavy orders I'd like UPS Express or DHL instead. Can I change the carrier/service for individual orders within the bulk screen, or do I have to do those separately? Callum$b$),
(3206, 'S24', 'chocolaterie-bernard', 'commandes@chocolaterie-bernard.ch', '2026-06-11 10:00', $s$Checkout partly in English on French store$s$,
$b$Hello,

our store language for Suisse romande is French. After the Meadow theme update, the checkout shows some English texts: "Continue to shipping", "Pay now", "Discount code". The translations in the language editor are correct and saved. This was fine before the update. Our German version (for Zürich) has the same issue with English buttons.

Meilleures salutations,
Luc Bernard
Chocolaterie Bernard SA$b$),
(3207, NULL, 'hollyhock-market', 'stall@hollyhockmarket.co.uk', '2026-06-11 11:20', $s$Lost my phone - can't log in (2FA)$s$,
$b$Hi, my phone was stolen at the market yesterday, and the authenticator app for Shelfwise was on it. Now I can't log in because it asks for the code. I don't have the backup codes (didn't know that was a thing). I've got a new phone with the same number. How do I reset the two factor so I can get back in? Rosie Adler, Hollyhock Market$b$),
(3208, 'S25', 'kaese-und-mehr-zuerich', 'shop@kaeseundmehr.ch', '2026-06-11 09:40', $s$Preisrundung in CHF funktioniert nicht$s$,
$b$Grüezi

Unser Shop rechnet in EUR, für Schweizer Kunden zeigen wir CHF an. Unter Währungen ist "Preise auf ,90 runden" aktiviert. Trotzdem stehen im Shop krumme Preise wie CHF 17.43 oder CHF 33.08. Letzten Monat waren es noch schöne ,90-Preise.

Freundliche Grüsse
Reto Baumann
Käse und Mehr GmbH, Zürich$b$),
(3209, 'S45', 'fold-and-form', 'studio@foldandform.com', '2026-06-11 08:10', $s$Not receiving login code by SMS$s$,
$b$Hi, I'm trying to log in and the SMS with the verification code doesn't come. I've pressed "resend" 6 times over 20 minutes. My phone gets other texts fine. UK number, EE. Greta$b$),
(3210, 'S45', 'kiwi-and-koru', 'tama@kiwiandkoru.co.nz', '2026-06-11 08:45', $s$2FA text message never arrives$s$,
$b$Hi,

I can't get into the admin because the two-factor code by text message isn't arriving. I've tried several times this evening (NZ time). My colleague who uses an authenticator app can log in. Is SMS down?

Tama
Kiwi & Koru$b$),
(3211, 'S34', 'harbourhound', 'ops@harbourhound.co.uk', '2026-06-11 10:35', $s$Double charge on customer's card$s$,
$b$Hello,

a customer sent us her bank statement: two payments of £42.00 to Harbour Hound on 10 June, 2 minutes apart. We only have one order (#3107) and one payment on it. She says the first attempt showed an error and she pressed pay again. Can you tell me if the first one will drop off or if we need to refund something? This is the second time this month.

Tom
Harbour Hound$b$),
(3212, 'S39', 'isla-bonita-cosmetica', 'tienda@islabonitacosmetica.es', '2026-06-11 11:05', $s$El buscador no encuentra productos con tilde$s$,
$b$Hola,

si en la tienda buscas "jabón" o "loción" no sale ningún producto. Si escribes "jabon" o "locion" sin tilde, salen todos. Casi todos nuestros clientes escriben con tilde, así que piensan que no tenemos esos productos.

Marta Díaz
Isla Bonita Cosmética$b$),
(3213, NULL, 'loft-and-linen', 'hello@loftandlinen.co.uk', '2026-06-11 12:30', $s$Size guide pop-up on product pages$s$,
$b$Hi, is there a way to add a "Size guide" link on product pages that opens a pop-up with a table, just for certain products (bedding)? I've seen it on other Shelfwise shops but can't find it in the Meadow theme settings. Thanks, Charlotte$b$),
(3214, 'S46', 'sundial-studio', 'web@sundialstudio.co', '2026-06-11 13:10', $s$Mobile menu not opening after theme update$s$,
$b$Hi,

after updating Meadow to 3.2 this morning, the hamburger menu on phones doesn't open any more. You tap the three lines and nothing happens, so mobile visitors can't get to any collection. Desktop menu is fine. I tried the same on a fresh copy of Meadow 3.2 without my changes and it's the same, so it's not my code.

Iris$b$),
(3215, 'S46', 'velvet-fox-vintage', 'shop@velvetfoxvintage.com', '2026-06-11 16:25', $s$Menu broken on phones$s$,
$b$Hi, on mobile our menu button doesn't do anything since I clicked "Update theme" today. Customers on phones can only see the home page. Can I roll back? Mara$b$),
(3216, NULL, 'loft-and-linen', 'web@loftandlinen.co.uk', '2026-06-11 14:00', $s$Mega menu in Meadow?$s$,
$b$Hello,

we have quite a lot of collections (bedding, cushions, throws, each with sub-categories). Is it possible to have a mega menu in the Meadow theme, with columns and images when you hover over "Shop"? At the moment it's a long dropdown list.

Thanks
Josh, Loft & Linen$b$),
(3217, 'S49', 'kettle-and-crumb', 'hello@kettleandcrumb.co.uk', '2026-06-11 15:10', $s$Click and collect$s$,
$b$Hi, how do I offer click and collect so people can order cakes online and pick them up at the café? I'd like them to choose "Collect in store" instead of delivery, pay nothing for shipping, and get an e-mail when it's ready. Thanks, Kettle & Crumb$b$),
(3218, 'S52', 'bellwether-tea', 'hello@bellwethertea.com', '2026-06-11 14:05', $s$Can't install apps - permission error$s$,
$b$Hi,

I'm trying to install the reviews app from the Shelfwise app marketplace. After I click "Install" and approve permissions, I get "Permission error (403). You don't have access to install apps on this store." I'm the store owner. Tried another app (a countdown timer), same error.

Daniel
Bellwether Tea Co.$b$),
(3219, 'S52', 'nordlicht-wolle', 'info@nordlicht-wolle.de', '2026-06-11 14:20', $s$App installation fails (403)$s$,
$b$Hello,

I want to install the Mailchimp app again (I uninstalled it last week). When installing I get "Permission error (403)". I am the owner of the shop and have all rights. Other apps also can't be installed.

Birte
Nordlicht Wolle$b$),
(3220, 'S52', 'toastandjam-kids', 'hello@toastandjamkids.com', '2026-06-11 14:50', $s$App marketplace not working$s$,
$b$Hi, every app I try to add from the marketplace fails with a 403 permission message right at the end. I'm the account owner. Is the marketplace broken? Priti$b$),
(3221, 'S52', 'gallery-nine', 'info@gallerynine.art', '2026-06-11 15:30', $s$Offline message from Martin$s$,
$b$Name: Martin Hale
Email: info@gallerynine.art
Store URL: gallerynine.art
Message: Trying to install the Xero app from your app store. Error "You don't have access to install apps on this store (403)" although I'm the owner. Our accountant is waiting to connect.$b$),
(3222, NULL, 'pressed-petal', 'shop@pressedpetal.ie', '2026-06-11 13:30', $s$Still billed for an app I removed$s$,
$b$Hi, I uninstalled the "Bundles Pro" app on 14 May but my June Shelfwise bill still has €9.99 for it. Could you refund that and make sure it doesn't charge again? Aoife, The Pressed Petal$b$),
(3223, 'S56', 'kaffeekontor-hh', 'shop@kaffeekontor-hh.de', '2026-06-11 15:45', $s$Partial refund does not put goods back in stock$s$,
$b$Hello,

when we refund only one article of an order (partial refund) and tick "Restock items", the stock is not increased. With a refund of the whole order it works. Because of this we now have wrong stock for three coffees.

Kind regards
Ole Petersen
Kaffeekontor Hamburg GmbH$b$),
(3224, NULL, 'yuzu-and-co', 'dev@yuzuandco.jp', '2026-06-11 06:30', $s$Publishing our own app on the marketplace$s$,
$b$Hello,

we built a small app for our own store (gift wrapping options) using your API. Other shops in Japan are interested. How do we become an app partner and list it on the Shelfwise app marketplace? Is there a review process and a revenue share?

Thanks,
Ryo Nakamura
Yuzu & Co. (development)$b$),
(3225, 'S55', 'tidepool-ceramics', 'priya@tidepoolceramics.com', '2026-06-12 08:05', $s$Product images not loading$s$,
$b$Hi, all product photos on our shop show as broken image icons this morning, on every page. The text and prices load. In the admin the images are also grey boxes. Is this your side? Priya$b$),
(3226, 'S55', 'kurashi-zakka', 'shop@kurashi-zakka.jp', '2026-06-12 08:20', $s$商品画像が表示されません$s$,
$b$Shelfwiseサポート様

くらし雑貨の田中です。

本日17時頃から、ショップの商品画像がすべて表示されなくなっています（画像の部分が空白になります）。パソコンでもスマートフォンでも同じです。管理画面の商品一覧でも画像が表示されません。

至急ご確認をお願いいたします。
くらし雑貨 田中$b$),
(3227, NULL, 'quillandquire', 'admin@quillandquire.co.uk', '2026-06-12 11:30', $s$Maximum image size for product photos?$s$,
$b$Hello, what's the maximum file size and resolution for product images? Our photographer delivers 8000 px JPEGs of about 25 MB and the upload fails for some of them with "File too large". Should I resize them first, and to what size so they still look sharp when zoomed? Oliver$b$),
(3228, 'S55', 'urban-sprout', 'help@urbansprout.shop', '2026-06-12 08:35', $s$Urgent!!$s$,
$b$our whole shop has no pictures!! every product image is broken. customers emailing. please tell me this is a you problem

Urban Sprout Support
-- 
Sent via the Shelfwise help form | Store: urbansprout.shop | Plan: Grow$b$),
(3229, 'S55', 'bergbrot', 'jonas@bergbrot.de', '2026-06-12 09:10', $s$Keine Bilder im Shop$s$,
$b$Hi, bei uns werden seit ca. 10 Uhr keine Produktbilder mehr angezeigt, weder im Shop noch im Admin. Die Bild-URLs (cdn...) laden ewig und dann Fehler 503. Bitte prüfen.

Jonas

Von meinem iPhone gesendet$b$),
(3230, NULL, 'driftwood-home', 'info@driftwoodhome.com.au', '2026-06-12 02:15', $s$Wishlist for customers$s$,
$b$Hi, before we leave (we're finishing on the 15th) just some feedback: the main thing we missed was a wishlist / favourites button so customers can save products for later. We had to use an app that slowed the site down. Might be worth building in. Kylie$b$),
(3231, NULL, 'growthrocket-seo', 'partners@growthrocket-seo.com', '2026-06-12 10:00', $s$Partnership opportunity for Shelfwise merchants$s$,
$b$Dear Shelfwise team,

I hope this email finds you well. We are a leading SEO and performance marketing agency that has helped 500+ e-commerce brands grow their organic traffic by 300%. We would love to explore a partnership where we offer your merchants an exclusive discount on our services.

Would you have 15 minutes next week for a quick call?

Best regards,
Kevin Marsh
Head of Partnerships, GrowthRocket SEO
Unsubscribe: reply STOP$b$),
(3232, 'S23', 'bellwether-tea', 'hello@bellwethertea.com', '2026-06-12 10:30', $s$Re: Newsletter sign-ups from checkout missing in Mailchimp$s$,
$b$Hello, following up on this one, no reply yet. Another 20 checkout subscribers this week are not in our Mailchimp audience. We've been adding them by hand from the customer list. Any update?

Daniel

On Fri, 5 Jun 2026 at 10:55, Daniel <hello@bellwethertea.com> wrote:
> the Mailchimp app syncs our customers, but the ones who tick "Email me with news and offers" during checkout don't show up as subscribed in our Mailchimp audience.$b$),
(3233, NULL, 'stonefruit-studio', 'hello@stonefruitstudio.com', '2026-06-12 14:00', $s$Do I need to collect US sales tax?$s$,
$b$Hi, I'm UK based and I'm starting to get a few orders from the US (maybe 15 a month, prints around $60). Do I need to charge US sales tax? If so, can Shelfwise calculate it per state? I'm a bit lost with the US rules. Ellie$b$),
(3234, 'S27', 'redwood-and-rye', 'owner@redwoodandrye.com', '2026-06-12 15:20', $s$Daily sales numbers look shifted$s$,
$b$Hey,

our daily sales in Reports don't line up with what we see in Orders. Evening orders (after about 5pm here in California) are counted on the next day. Yesterday's total in the report includes orders from Wednesday evening and is missing last night's. Store timezone is America/Los_Angeles. Is the report using a different timezone?

Thanks
Dave Kim
Redwood & Rye Leather Goods
Portland St, Oakland CA$b$),
(3235, 'S43', 'urban-sprout', 'accounts@urbansprout.shop', '2026-06-12 12:10', $s$Payout export only has headers$s$,
$b$Hi, the "Export" button on a payout gives me a CSV file with just the column names (Date, Order, Type, Amount, Fee, Net) and no rows. Tried three different payouts from May and June. I need it for bookkeeping. The numbers are visible on the payout page, just not in the file. Thanks, Urban Sprout accounts$b$),
(3236, 'S46', 'emberandoak', 'hello@emberandoak.co.uk', '2026-06-12 09:40', $s$Can't open the menu on mobile$s$,
$b$Hello, after the theme update yesterday the menu icon on phones doesn't open. We use Meadow. Ruth$b$),
(3237, 'S46', 'north-thread', 'hello@norththread.co', '2026-06-12 11:00', $s$Meadow 3.2 mobile nav$s$,
$b$Hey, since updating to Meadow 3.2 the mobile navigation drawer won't open. Console shows "Uncaught TypeError: Cannot read properties of null (reading 'classList') at theme.js". Rolled back to 3.1 for now and that works, but then I lose the new product page layout. Sam$b$),
(3238, 'S47', 'saltandsage-kitchen', 'ana@saltandsage.kitchen', '2026-06-12 13:15', $s$Order says unpaid but PayPal took the money$s$,
$b$Hi, order #601 was paid by PayPal, the customer sent me her PayPal receipt and I see it in my PayPal as completed. But Shelfwise shows the order as "Unpaid" and won't let me buy a label. What do I do? Ana$b$),
(3239, 'S48', 'little-larder', 'info@littlelarder.co.uk', '2026-06-12 10:50', $s$No low stock e-mails$s$,
$b$Hello,

I only noticed today that our marmalade has been sold out for three days. I have the low stock notification set to 3 jars, and I used to get an e-mail when something dropped below that, but I haven't had one for a couple of weeks now. Is the notification still working?

Gwen
The Little Larder$b$),
(3240, 'S50', 'tienda-olivar', 'administracion@tiendaolivar.es', '2026-06-12 12:40', $s$Se cobra IVA a empresas con NIF-IVA válido$s$,
$b$Buenos días,

tenemos activada la opción de no cobrar IVA a empresas de la UE con número de IVA válido. Un cliente de Francia (restaurante) ha introducido su número intracomunitario, que es válido en VIES, y aun así se le ha cobrado el IVA español en el pedido #8841. Hasta mayo funcionaba bien con este mismo cliente.

Saludos,
Lucía Ortega
Administración – Tienda Olivar S.L.$b$),
(3241, 'S59', 'mossandfern', 'orders@mossandfern.com', '2026-06-12 14:30', $s$Print labels for several orders = 1 page$s$,
$b$Hi,

selected this morning's 18 orders, clicked Print labels. The labels were created (all 18 orders now have tracking and are marked as fulfilled) but I only got one label in the PDF. Had to go into 17 orders one by one to print the rest.

Rob
Moss & Fern$b$);
