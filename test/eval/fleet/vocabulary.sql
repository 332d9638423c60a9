-- The Fleetlane product glossary, as its support team would add it to backlog.duplicate_vocabulary
-- ("add your product's own"): the product's nouns and a few of its verbs in the five languages,
-- written from the product description in README.md here, not from the tickets. test/eval/fleet.sql
-- scores both with and without it.
INSERT INTO backlog.duplicate_vocabulary (concept, phrase)
SELECT c, unnest(p) FROM (VALUES
  ('vehicle', ARRAY['vehicle', 'van', 'vans', 'truck', 'lorry', 'bus', 'buses', 'car', 'cars', 'taxi', 'fleet',
                    'fahrzeug', 'lkw', 'transporter', 'fuhrpark', 'vehicule', 'camion', 'flotte', 'vehiculo',
                    'coche', 'flota', '車両', 'トラック']),
  ('map', ARRAY['map', 'karte', 'kartenansicht', 'carte', 'mapa', '地図', 'マップ']),
  ('position', ARRAY['position', 'location', 'gps', 'standort', 'ubicacion', '位置', '現在地']),
  ('trip', ARRAY['trip', 'journey', 'fahrt', 'trajet', 'viaje', '走行', '運行']),
  ('driver', ARRAY['driver', 'fahrer', 'chauffeur', 'conducteur', 'conductor', 'ドライバー', '運転者']),
  ('geofence', ARRAY['geofence', 'zone', 'geozone', 'geocerca', 'ジオフェンス']),
  ('alert', ARRAY['alert', 'alarm', 'alerte', 'alerta', 'warnung', 'アラート']),
  ('fuel', ARRAY['fuel', 'diesel', 'tank', 'kraftstoff', 'carburant', 'gasoil', 'combustible', '燃料', '給油']),
  ('tachograph', ARRAY['tacho', 'driver card', 'fahrerkarte', 'tachygraphe', 'tacografo', 'ddd', 'タコグラフ']),
  ('mileage', ARRAY['mileage', 'odometer', 'kilomet', 'km', 'miles', 'distance', 'strecke', 'kilometrage',
                    'kilometraje', 'distancia', '走行距離']),
  ('speed', ARRAY['speed', 'geschwindigkeit', 'vitesse', 'velocidad', '速度']),
  ('tracker', ARRAY['tracker', 'device', 'unit', 'units', 'gerat', 'gerate', 'boitier', 'dispositivo', '端末']),
  ('route', ARRAY['route', 'tour', 'tournee', 'ruta', 'ルート', '経路']),
  ('job', ARRAY['job', 'jobs', 'auftrag', 'auftrage', 'mission', 'tarea', 'reparto', '配送', '案件']),
  ('temperature', ARRAY['temperature', 'reefer', 'temperatur', 'kuhl', 'frigorifique', 'temperatura', '温度', '冷凍']),
  ('maintenance', ARRAY['maintenance', 'service record', 'wartung', 'inspektion', 'entretien', 'mantenimiento', '整備', '点検']),
  ('dashcam', ARRAY['dashcam', 'camera', 'kamera', 'camara', 'ドライブレコーダー', 'ドラレコ']),
  ('driving_time', ARRAY['driving time', 'drive time', 'lenkzeit', 'temps de conduite', 'tiempo de conduccion', '運転時間']),
  ('working_time', ARRAY['working time', 'working hours', 'arbeitszeit', 'temps de travail', 'jornada', '労働時間']),
  ('idle', ARRAY['idle', 'idling', 'leerlauf', 'ralenti', 'アイドリング']),
  ('driver_app', ARRAY['driver app', 'fahrer app', 'application chauffeur', 'app del conductor', 'app de conductor',
                       'ドライバーアプリ']),
  ('unit_miles', ARRAY['mile', 'mph', 'meile']),
  ('booking', ARRAY['booking', 'reservation', 'reserv', 'buchung', 'reservier', '予約'])
) v(c, p);
